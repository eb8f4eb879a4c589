// The unit picker (fragment fragments/unit-picker): the server renders a plain text field holding the unit's id
// (ids separated by commas when several may be chosen) and the names of the units it holds, which is what a browser
// without JavaScript gets. Here the field becomes hidden and a search box takes its place: typing a name (without
// diacritics) lists the units of the tree of the date within the user's scope (GET /units/picker), chosen with the
// mouse or the keyboard (↓ ↑ to move, Enter to choose, Escape to close). What is submitted stays the id.
(function () {
  'use strict';

  function enhance(root) {
    var value = root.querySelector('[data-dv-unit-value]');
    var chosenList = root.querySelector('.dv-unit-picker-chosen');
    if (!value || root.dataset.dvEnhanced) {
      return;
    }
    root.dataset.dvEnhanced = 'true';
    var multiple = root.dataset.dvMultiple === 'true';
    var id = value.id;
    var listId = id + '-options';
    var chosen = [];
    Array.prototype.forEach.call(chosenList.querySelectorAll('li[data-id]'), function (li) {
      chosen.push({ id: li.dataset.id, name: li.dataset.name || li.textContent.trim(), context: li.dataset.context || '' });
    });

    var search = document.createElement('input');
    search.type = 'text';
    search.className = value.className.replace('dv-unit-picker-id', '').trim();
    search.id = id;
    search.setAttribute('role', 'combobox');
    search.setAttribute('aria-autocomplete', 'list');
    search.setAttribute('aria-expanded', 'false');
    search.setAttribute('aria-controls', listId);
    search.setAttribute('autocomplete', 'off');
    search.setAttribute('spellcheck', 'false');
    search.setAttribute('maxlength', '200');
    search.placeholder = root.dataset.dvPlaceholder || '';
    ['aria-describedby', 'aria-invalid', 'required'].forEach(function (name) {
      if (value.hasAttribute(name)) {
        search.setAttribute(name, value.getAttribute(name));
      }
    });
    value.id = id + '-value';
    value.type = 'hidden';
    value.removeAttribute('required');
    value.parentNode.insertBefore(search, value);

    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'list-group dv-unit-picker-list shadow-sm';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', root.querySelector('label') ? root.querySelector('label').textContent.trim() : '');
    list.hidden = true;
    search.parentNode.insertBefore(list, value.nextSibling);

    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    root.appendChild(status);

    Array.prototype.forEach.call(root.querySelectorAll('.dv-unit-picker-nojs'), function (el) {
      el.hidden = true;
    });

    var options = [];
    var active = -1;
    var timer = null;
    var request = 0;

    function renderChosen() {
      chosenList.innerHTML = '';
      chosen.forEach(function (c, index) {
        var li = document.createElement('li');
        li.dataset.id = c.id;
        li.className = multiple ? 'badge text-bg-light border me-1 mb-1 dv-unit-picker-chip' : 'small text-body-secondary';
        var text = document.createElement('span');
        text.textContent = multiple ? c.name : (c.context || '');
        li.appendChild(text);
        if (multiple) {
          var remove = document.createElement('button');
          remove.type = 'button';
          remove.className = 'btn-close btn-close-sm ms-1 align-middle';
          remove.setAttribute('aria-label', (root.dataset.dvRemove || 'Bỏ') + ' ' + c.name);
          remove.addEventListener('click', function () {
            chosen.splice(index, 1);
            sync();
            search.focus();
          });
          li.appendChild(remove);
        }
        chosenList.appendChild(li);
      });
      chosenList.hidden = chosen.length === 0 || (!multiple && !chosen[0].context);
    }

    function sync() {
      value.value = chosen.map(function (c) { return c.id; }).join(', ');
      if (!multiple) {
        search.value = chosen.length ? chosen[0].name : '';
      }
      renderChosen();
      value.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function close() {
      list.hidden = true;
      search.setAttribute('aria-expanded', 'false');
      search.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (o, i) {
        o.el.classList.toggle('active', i === index);
        o.el.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0) {
        search.setAttribute('aria-activedescendant', options[index].el.id);
        options[index].el.scrollIntoView({ block: 'nearest' });
      }
      else {
        search.removeAttribute('aria-activedescendant');
      }
    }

    function choose(index) {
      var unit = options[index].unit;
      var entry = { id: String(unit.id), name: unit.name, context: unit.context || '' };
      if (multiple) {
        if (!chosen.some(function (c) { return c.id === entry.id; })) {
          chosen.push(entry);
        }
        search.value = '';
      }
      else {
        chosen = [entry];
      }
      sync();
      close();
      status.textContent = (root.dataset.dvChosen || '') + ' ' + unit.name;
    }

    function show(units) {
      list.innerHTML = '';
      options = [];
      units.forEach(function (unit, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.className = 'list-group-item list-group-item-action dv-unit-picker-option';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.id = unit.id;
        var name = document.createElement('span');
        name.className = 'd-block';
        name.textContent = unit.name;
        li.appendChild(name);
        if (unit.context) {
          var context = document.createElement('span');
          context.className = 'd-block small dv-unit-picker-context';
          context.textContent = unit.context;
          li.appendChild(context);
        }
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(li);
        options.push({ el: li, unit: unit });
      });
      if (!units.length) {
        var none = document.createElement('li');
        none.className = 'list-group-item small text-body-secondary';
        none.setAttribute('role', 'option');
        none.setAttribute('aria-disabled', 'true');
        none.textContent = root.dataset.dvNone || '';
        list.appendChild(none);
      }
      list.hidden = false;
      search.setAttribute('aria-expanded', 'true');
      status.textContent = units.length ? (root.dataset.dvFound || '').replace('{0}', units.length) : (root.dataset.dvNone || '');
      highlight(units.length ? 0 : -1);
    }

    function find() {
      var text = search.value.trim();
      if (!text) {
        close();
        return;
      }
      var url = new URL(root.dataset.dvSearch, window.location.href);
      url.searchParams.set('q', text);
      if (root.dataset.dvAsOf) {
        url.searchParams.set('asOf', root.dataset.dvAsOf);
      }
      if (root.dataset.dvLevel) {
        url.searchParams.set('level', root.dataset.dvLevel);
      }
      if (root.dataset.dvFormer === 'true') {
        url.searchParams.set('former', 'true');
      }
      var mine = ++request;
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : { units: [] }; })
        .then(function (offer) {
          if (mine === request && document.activeElement === search) {
            show(offer.units || []);
          }
        })
        .catch(function () { /* offline: nothing offered */ });
    }

    search.addEventListener('input', function () {
      if (!multiple && !search.value.trim()) {
        chosen = [];
        value.value = '';
        renderChosen();
      }
      clearTimeout(timer);
      timer = setTimeout(find, 250);
    });
    search.addEventListener('keydown', function (event) {
      var open = !list.hidden && options.length > 0;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) {
          find();
        }
        else if (options.length) {
          highlight((active + 1) % options.length);
        }
      }
      else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlight((active - 1 + options.length) % options.length);
      }
      else if (event.key === 'Enter' && (open || !list.hidden)) {
        event.preventDefault();
        if (open && active >= 0) {
          choose(active);
        }
      }
      else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
      else if (event.key === 'Backspace' && multiple && !search.value && chosen.length) {
        chosen.pop();
        sync();
      }
    });
    search.addEventListener('blur', function () {
      setTimeout(function () {
        close();
        if (!multiple && search.value.trim() && chosen.length && search.value !== chosen[0].name) {
          search.value = chosen[0].name;
        }
        else if (!multiple && search.value.trim() && !chosen.length) {
          search.value = '';
        }
      }, 150);
    });

    if (!multiple && chosen.length && /^#/.test(chosen[0].name)) {
      // an id that names no unit the user may see: shown as typed, so the refusal beside it makes sense
      search.value = chosen[0].name;
    }
    else if (!multiple) {
      search.value = chosen.length ? chosen[0].name : '';
    }
    renderChosen();
  }

  function enhanceAll(scope) {
    Array.prototype.forEach.call((scope || document).querySelectorAll('[data-dv-unit-picker]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { enhanceAll(); });
  }
  else {
    enhanceAll();
  }
  document.addEventListener('htmx:afterSwap', function (event) { enhanceAll(event.target); });
})();
