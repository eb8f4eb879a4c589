// Sends the CSRF token with every htmx request, read from the page's <meta name="_csrf"> tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Asks before an irreversible action: <form data-confirm="…"> or <button data-confirm="…">.
document.addEventListener('submit', function (event) {
  var submitter = event.submitter;
  var text = (submitter && submitter.dataset.confirm) || event.target.dataset.confirm;
  if (text && !window.confirm(text)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// Progress bars: <div class="progress-bar" data-percent="40">. The content security policy refuses inline style
// attributes, so their widths are set here, on load and after every htmx swap (the rebuild's progress).
function danvanProgressBars(root) {
  root.querySelectorAll('[data-percent]').forEach(function (bar) {
    var percent = Math.max(0, Math.min(100, Number(bar.getAttribute('data-percent')) || 0));
    bar.style.width = percent + '%';
  });
}
document.addEventListener('DOMContentLoaded', function () { danvanProgressBars(document); });
document.addEventListener('htmx:afterSwap', function () { danvanProgressBars(document); });
