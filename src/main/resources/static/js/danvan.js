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

// Dates: one component everywhere, <input data-dv-date> (a text field, not type="date", whose display follows the
// browser's language). What is typed is tidied to dd/MM/yyyy (1/3/2025, 01032025, 2025-03-01 → 01/03/2025) and a
// text that is not a real date is refused with the page's Vietnamese message before the form goes.
function danvanDate(text) {
  var t = (text || '').trim();
  var m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(t) || /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  var d, mo, y;
  if (m) {
    d = +m[1]; mo = +m[2]; y = +m[3];
  } else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) {
    y = +m[1]; mo = +m[2]; d = +m[3];
  } else {
    return null;
  }
  var date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return (d < 10 ? '0' : '') + d + '/' + (mo < 10 ? '0' : '') + mo + '/' + y;
}
document.addEventListener('change', function (event) {
  var field = event.target;
  if (!field.matches || !field.matches('input[data-dv-date]')) {
    return;
  }
  var meta = document.querySelector('meta[name="dv-date-invalid"]');
  if (field.value.trim() === '') {
    field.setCustomValidity('');
    field.classList.remove('is-invalid');
    return;
  }
  var tidy = danvanDate(field.value);
  if (tidy) {
    field.value = tidy;
  }
  field.setCustomValidity(tidy ? '' : (meta ? meta.content : 'dd/mm/yyyy'));
  field.classList.toggle('is-invalid', !tidy);
}, true);
document.addEventListener('input', function (event) {
  if (event.target.matches && event.target.matches('input[data-dv-date]')) {
    event.target.setCustomValidity('');
  }
}, true);
