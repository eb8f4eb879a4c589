// Review report drafts: "Chèn vào" appends a unit's narrative to the section's text, for the officer to cut and edit.
document.addEventListener('click', function (event) {
  var button = event.target.closest('.dv-insert');
  if (!button) {
    return;
  }
  var target = document.getElementById(button.dataset.target);
  var text = button.closest('.dv-compiled').querySelector('.dv-compiled-text').textContent.trim();
  if (target && text) {
    target.value = target.value.trim() ? target.value.replace(/\s+$/, '') + '\n' + text : text;
    target.focus();
  }
});
