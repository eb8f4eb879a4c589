// The catalogue pages: shows the numerator and denominator only for percentages, and lets the template editor add,
// move and remove rows without a round trip (without script the same buttons do it on the server).
(function () {
  var valueType = document.querySelector('[data-value-type]');
  var parts = document.querySelector('[data-percentage-parts]');
  if (valueType && parts) {
    var toggle = function () { parts.hidden = valueType.value !== 'PERCENTAGE'; };
    valueType.addEventListener('change', toggle);
    toggle();
  }

  var list = document.querySelector('[data-section-rows]');
  if (!list) {
    return;
  }
  var rows = function () { return Array.prototype.slice.call(list.querySelectorAll('[data-row]')); };

  function renumber() {
    rows().forEach(function (row, i) {
      row.querySelectorAll('[name^="sections["]').forEach(function (el) {
        el.name = el.name.replace(/^sections\[\d+\]/, 'sections[' + i + ']');
      });
      row.querySelectorAll('[id^="sections-"]').forEach(function (el) {
        el.id = el.id.replace(/^sections-\d+-/, 'sections-' + i + '-');
      });
      row.querySelectorAll('label[for^="sections-"]').forEach(function (el) {
        el.htmlFor = el.htmlFor.replace(/^sections-\d+-/, 'sections-' + i + '-');
      });
      row.querySelectorAll('[data-row-action]').forEach(function (el) {
        el.value = el.dataset.rowAction + ':' + i;
      });
      var number = row.querySelector('[data-row-number]');
      if (number) {
        number.textContent = number.textContent.replace(/\d+/, String(i + 1));
      }
    });
  }

  function wire(row) {
    var add = row.querySelector('[data-add-indicator]');
    var codes = row.querySelector('[data-field="indicators"]');
    if (add && codes) {
      add.hidden = false;
      add.addEventListener('change', function () {
        var code = add.value.trim();
        if (code) {
          codes.value = codes.value.trim() ? codes.value.trim().replace(/[,\s]+$/, '') + ', ' + code : code;
          add.value = '';
        }
      });
    }
  }

  function blank(row) {
    var copy = row.cloneNode(true);
    copy.classList.remove('dv-row-error', 'border-2');
    copy.querySelectorAll('input[type=text], textarea').forEach(function (el) { el.value = ''; });
    copy.querySelectorAll('input[type=checkbox]').forEach(function (el) { el.checked = false; });
    copy.querySelectorAll('[data-indicator-names], .text-danger').forEach(function (el) { el.remove(); });
    var depth = copy.querySelector('[data-field="depth"]');
    if (depth) {
      depth.value = '1';
    }
    return copy;
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-row-action]');
    if (!button || !button.form || button.form.id !== 'template-form') {
      return;
    }
    event.preventDefault();
    var action = button.dataset.rowAction;
    var all = rows();
    if (action === 'add') {
      var added = blank(all[all.length - 1]);
      list.appendChild(added);
      wire(added);
      renumber();
      added.querySelector('[data-field="title"]').focus();
      return;
    }
    var row = button.closest('[data-row]');
    if (action === 'up' && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    } else if (action === 'down' && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    } else if (action === 'remove') {
      if (all.length === 1) {
        list.appendChild(blank(row));
        wire(list.lastElementChild);
      }
      row.remove();
    }
    renumber();
    button.focus();
  });

  rows().forEach(wire);
})();
