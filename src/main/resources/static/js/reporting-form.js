// The report form as a spreadsheet: arrow keys and Enter move between cells, Vietnamese numbers (1.234 and 1,5),
// totals and percentages shown as one types, drafts saved to the server a moment after typing stops and kept in
// the browser until the server has them, so that closing the browser loses nothing.
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  if (!form) {
    return;
  }
  var i18n = document.getElementById('i18n').dataset;
  var cells = Array.prototype.slice.call(form.querySelectorAll('.dv-cell, .dv-value'));
  var inputs = cells.filter(function (c) { return c.classList.contains('dv-cell'); });
  var narratives = Array.prototype.slice.call(form.querySelectorAll('.dv-narrative'));
  var versionField = document.getElementById('version');
  var status = document.getElementById('save-status');
  var autosaveUrl = form.dataset.autosave;
  var storageKey = 'danvan-draft-' + form.dataset.submission;
  var timer = null;
  var saving = false;
  var dirty = false;
  var stopped = false;
  var issuesBox = document.getElementById('issues');
  var issueList = document.getElementById('issue-list');
  var errorCount = document.getElementById('error-count');
  var filledCount = document.getElementById('filled-count');
  var listed = null;
  var inflight = null;

  function parse(text) {
    var t = (text || '').replace(/[\s\u00a0]/g, '').replace('\u2212', '-');
    if (t === '') {
      return null;
    }
    if (/^-?\d+(,\d+)?$/.test(t) || /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) {
      return parseFloat(t.replace(/\./g, '').replace(',', '.'));
    }
    return NaN;
  }

  function format(n) {
    if (n === null || isNaN(n)) {
      return '';
    }
    var rounded = Math.round(n * 10) / 10;
    var parts = Math.abs(rounded).toFixed(rounded % 1 === 0 ? 0 : 1).split('.');
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return (rounded < 0 ? '-' : '') + whole + (parts[1] ? ',' + parts[1] : '');
  }

  function valueOf(cell) {
    if (cell.tagName === 'SPAN') {
      return cell.dataset.type === 'BOOLEAN' ? null : parse(cell.textContent);
    }
    if (cell.dataset.type === 'BOOLEAN') {
      return cell.value === 'có' ? 1 : (cell.value === 'không' ? 0 : null);
    }
    return cell.dataset.type === 'TEXT' ? null : parse(cell.value);
  }

  function total(code) {
    var sum = null;
    cells.forEach(function (cell) {
      if (cell.dataset.indicator === code) {
        var v = valueOf(cell);
        if (v !== null && !isNaN(v)) {
          sum = (sum === null ? 0 : sum) + v;
        }
      }
    });
    return sum;
  }

  function recompute() {
    document.querySelectorAll('.dv-total').forEach(function (out) {
      out.textContent = format(total(out.dataset.totalOf));
    });
    document.querySelectorAll('.dv-percentage').forEach(function (out) {
      var n = total(out.dataset.numerator);
      var d = total(out.dataset.denominator);
      if (n === null || d === null || d === 0) {
        out.textContent = '';
        out.classList.remove('text-danger');
        return;
      }
      var p = n * 100 / d;
      out.textContent = format(p) + '%';
      var max = out.dataset.max ? parseFloat(out.dataset.max) : null;
      out.classList.toggle('text-danger', max !== null && p > max);
    });
  }

  function setMessages(key, messages) {
    var box = document.getElementById('m-' + key);
    var cell = document.getElementById('c-' + key) || document.getElementById('n-' + key.replace('section-', ''));
    if (box) {
      box.innerHTML = '';
      messages.forEach(function (m) {
        var div = document.createElement('div');
        div.className = 'small text-start ' + (m.severity === 'ERROR' ? 'text-danger' : 'text-warning-emphasis');
        div.textContent = m.message;
        box.appendChild(div);
      });
    }
    if (cell && cell.classList) {
      var error = messages.some(function (m) { return m.severity === 'ERROR'; });
      cell.classList.toggle('is-invalid', error);
      cell.classList.toggle('border-warning', !error && messages.length > 0);
    }
  }

  function checkLocally(cell) {
    var type = cell.dataset.type;
    if (type === 'TEXT' || type === 'BOOLEAN') {
      return;
    }
    var v = parse(cell.value);
    var messages = [];
    if (isNaN(v)) {
      messages.push({ severity: 'ERROR', message: i18n.notNumber });
    } else if (v !== null && type === 'INTEGER' && v % 1 !== 0) {
      messages.push({ severity: 'ERROR', message: i18n.notWhole });
    } else if (v !== null && cell.dataset.min !== undefined && cell.dataset.min !== '' && v < parseFloat(cell.dataset.min)) {
      messages.push({ severity: 'ERROR', message: i18n.negative });
    } else if (v !== null && cell.dataset.max !== undefined && cell.dataset.max !== '' && v > parseFloat(cell.dataset.max)) {
      messages.push({ severity: 'ERROR', message: i18n.aboveMax });
    }
    setMessages(cell.dataset.key, messages);
  }

  function snapshot() {
    var values = {};
    inputs.forEach(function (cell) { values[cell.name] = cell.value; });
    narratives.forEach(function (area) { values[area.name] = area.value; });
    return values;
  }

  function remember() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ version: versionField.value, values: snapshot(), at: Date.now() }));
    } catch (e) {
      // storage full or disabled: the server save still runs
    }
  }

  function forget() {
    try {
      localStorage.removeItem(storageKey);
    } catch (e) {
      // nothing to forget
    }
  }

  function body() {
    var data = new URLSearchParams(new FormData(form));
    var token = document.querySelector('meta[name="_csrf"]');
    if (token && !data.has('_csrf')) {
      data.set('_csrf', token.content);
    }
    return data;
  }

  function showConflict(json) {
    stopped = true;
    var box = document.getElementById('live-conflict');
    box.innerHTML = '';
    var p = document.createElement('p');
    p.textContent = json.message;
    box.appendChild(p);
    var ul = document.createElement('ul');
    (json.changes || []).forEach(function (c) {
      var li = document.createElement('li');
      li.textContent = c.label + ': ' + (c.before || '—') + ' → ' + (c.after || '—') + ' (' + c.changedBy + ')';
      ul.appendChild(li);
    });
    box.appendChild(ul);
    box.classList.remove('d-none');
    status.textContent = '';
  }

  // Once the server has accepted a save, what a refused save said ("Chưa lưu …") is no longer true.
  function refreshBanners() {
    var problem = document.getElementById('problem');
    if (problem) {
      problem.remove();
    }
    refreshIssues();
  }

  function summaryLine(id, text) {
    var line = document.getElementById(id);
    if (text === null) {
      if (line) {
        line.remove();
      }
      return;
    }
    if (!line) {
      line = document.createElement('p');
      line.id = id;
      line.className = 'mb-1 fw-semibold';
      line.setAttribute('role', 'status');
      issuesBox.insertBefore(line, issueList);
    }
    line.textContent = text;
  }

  // The list of problems, rebuilt from the messages shown beside the cells (the server's and the browser's own
  // checks alike), errors first, each a link that takes the officer to its cell; the counts follow.
  function refreshIssues() {
    if (!issuesBox) {
      return;
    }
    var errors = [];
    var warnings = [];
    form.querySelectorAll('.dv-messages').forEach(function (box) {
      box.querySelectorAll('div').forEach(function (m) {
        var item = { target: box.dataset.target, label: box.dataset.label, text: m.textContent };
        (m.classList.contains('text-danger') ? errors : warnings).push(item);
      });
    });
    // Rebuilt only when it says something new: a link being clicked (the cell's change fires first) must stay.
    var all = errors.concat(warnings);
    var signature = JSON.stringify(all);
    if (signature === listed) {
      return;
    }
    listed = signature;
    issueList.innerHTML = '';
    all.forEach(function (item, index) {
      var li = document.createElement('li');
      li.className = index < errors.length ? 'dv-issue-error' : 'dv-issue-warning';
      var a = document.createElement('a');
      a.href = '#' + item.target;
      a.className = 'dv-issue-link';
      a.dataset.target = item.target;
      a.textContent = item.label + ': ' + item.text;
      li.appendChild(a);
      issueList.appendChild(li);
    });
    summaryLine('issue-summary', errors.length > 0
      ? i18n.issueSummary.replace('{0}', errors.length).replace('{1}', warnings.length) : null);
    summaryLine('warning-summary', errors.length === 0 && warnings.length > 0
      ? i18n.warningSummary.replace('{0}', warnings.length) : null);
    issuesBox.classList.toggle('d-none', errors.length + warnings.length === 0);
    if (errorCount) {
      errorCount.textContent = errorCount.dataset.pattern.replace('{0}', errors.length);
      errorCount.classList.toggle('d-none', errors.length === 0);
    }
  }

  // "x/N ô đã điền": the cells a person enters (computed cells are the system's).
  function refreshProgress() {
    if (!filledCount) {
      return;
    }
    var own = cells.filter(function (c) { return !c.classList.contains('dv-computed'); });
    var filled = own.filter(function (c) {
      return (c.tagName === 'SPAN' ? c.textContent : c.value).trim() !== '';
    }).length;
    filledCount.textContent = filledCount.dataset.pattern.replace('{0}', filled).replace('{1}', own.length);
  }

  function focusTarget(id) {
    var target = document.getElementById(id);
    if (!target) {
      return;
    }
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    if (target.select) {
      target.select();
    }
  }

  function save() {
    if (!autosaveUrl || stopped || !dirty) {
      return Promise.resolve();
    }
    if (saving) {
      schedule();
      return Promise.resolve();
    }
    saving = true;
    dirty = false;
    status.textContent = i18n.saving;
    var headers = { 'Accept': 'application/json' };
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      headers[header.content] = token.content;
    }
    inflight = fetch(autosaveUrl, { method: 'POST', body: body(), headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      })
      .then(function (result) {
        var json = result.json;
        var byField = {};
        (json.issues || []).forEach(function (i) { (byField[i.field] = byField[i.field] || []).push(i); });
        document.querySelectorAll('.dv-messages').forEach(function (box) {
          var key = box.id.substring(2);
          var cell = document.getElementById('c-' + key);
          if (!cell || !cell.classList.contains('is-invalid') || byField[key] || result.status === 200) {
            setMessages(key, byField[key] || []);
          }
        });
        if (result.status === 200) {
          versionField.value = json.version;
          status.textContent = json.message;
          refreshBanners();
          document.querySelectorAll('#report-form input[name="version"], #review input[name="version"]').forEach(function (f) {
            f.value = json.version;
          });
          if (!dirty) {
            forget();
          }
        } else if (result.status === 409) {
          showConflict(json);
        } else {
          status.textContent = json.message || '';
          refreshIssues();
        }
      })
      .catch(function () {
        dirty = true;
        status.textContent = i18n.offline;
      })
      .finally(function () {
        saving = false;
        inflight = null;
      });
    return inflight;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, 300);
  }

  function changed(event) {
    // A cell's "change" after its "input" events says nothing new: the list of problems stays as it is.
    if (event.target.dataset.seen === event.target.value) {
      return;
    }
    event.target.dataset.seen = event.target.value;
    if (event.target.classList.contains('dv-cell')) {
      checkLocally(event.target);
      refreshIssues();
    }
    recompute();
    refreshProgress();
    dirty = true;
    remember();
    status.textContent = i18n.unsaved;
    schedule();
  }

  function move(cell, step) {
    var index = inputs.indexOf(cell) + step;
    if (index >= 0 && index < inputs.length) {
      inputs[index].focus();
      if (inputs[index].select) {
        inputs[index].select();
      }
    }
  }

  // Leaving a cell (Tab, Enter, an arrow key, a click elsewhere) saves at once; typing saves after a short pause.
  function flush() {
    if (dirty && !saving) {
      clearTimeout(timer);
      save();
    }
  }

  inputs.forEach(function (cell) {
    cell.addEventListener('input', changed);
    cell.addEventListener('change', changed);
    cell.addEventListener('change', flush);
    cell.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey)) {
        event.preventDefault();
        move(cell, 1);
      } else if (event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey)) {
        event.preventDefault();
        move(cell, -1);
      }
    });
  });
  narratives.forEach(function (area) {
    area.addEventListener('input', changed);
    area.addEventListener('change', flush);
  });

  // Whatever the browser kept from a session that closed before the server had it.
  (function restore() {
    var kept;
    try {
      kept = JSON.parse(localStorage.getItem(storageKey) || 'null');
    } catch (e) {
      kept = null;
    }
    if (!kept || !autosaveUrl) {
      return;
    }
    if (kept.version !== versionField.value) {
      forget();
      return;
    }
    var differs = false;
    Object.keys(kept.values).forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field && field.value !== kept.values[name]) {
        field.value = kept.values[name];
        differs = true;
      }
    });
    if (differs) {
      document.getElementById('restored').classList.remove('d-none');
      inputs.forEach(checkLocally);
      refreshIssues();
      refreshProgress();
      dirty = true;
      save();
    } else {
      forget();
    }
  })();

  window.addEventListener('pagehide', function () {
    if (dirty && autosaveUrl && !stopped && navigator.sendBeacon) {
      navigator.sendBeacon(autosaveUrl, body());
    }
  });

  // A draft save still on its way when the officer hands in or saves would make the form's version old (a
  // conflict with oneself): the form waits for it, then goes with the new version.
  form.addEventListener('submit', function (event) {
    clearTimeout(timer);
    stopped = true;
    if (inflight) {
      event.preventDefault();
      var action = event.submitter && event.submitter.formAction ? event.submitter.formAction : form.action;
      inflight.then(function () {
        form.action = action;
        forget();
        form.submit();
      });
      return;
    }
    forget();
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.dv-issue-link');
    if (link) {
      event.preventDefault();
      focusTarget(link.dataset.target);
    }
  });

  recompute();
  refreshProgress();
})();
