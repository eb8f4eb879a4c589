// Analytics pages: choosing a period, view or inclusion shows it at once; charts drawn with Apache ECharts from the
// data the server put in data-chart (the tables beside them hold the same figures for use without JavaScript).
(function () {
  'use strict';

  document.querySelectorAll('[data-autosubmit]').forEach(function (input) {
    input.addEventListener('change', function () {
      if (input.form) {
        input.form.requestSubmit();
      }
    });
  });

  if (typeof window.echarts === 'undefined') {
    return;
  }
  var vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

  document.querySelectorAll('.dv-chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    if (!data.values || data.values.every(function (v) { return v === null; })) {
      element.classList.add('d-none');
      return;
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    var kind = element.getAttribute('data-kind');
    var values = data.values.map(function (v) { return v === null ? null : Number(v); });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        valueFormatter: function (v) { return v === null || v === undefined ? '—' : vi.format(v) + ' ' + (data.unit || ''); }
      },
      xAxis: kind === 'bar'
        ? { type: 'value', axisLabel: { formatter: function (v) { return vi.format(v); } } }
        : { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: data.labels.length > 6 ? 30 : 0 } },
      yAxis: kind === 'bar'
        ? { type: 'category', data: data.labels, inverse: true }
        : { type: 'value', axisLabel: { formatter: function (v) { return vi.format(v); } } },
      series: [{
        name: data.name,
        type: kind,
        data: values,
        connectNulls: false,
        label: kind === 'bar' ? { show: true, position: 'right', formatter: function (p) { return data.display[p.dataIndex]; } } : undefined,
        itemStyle: { color: '#b3261e' }
      }]
    });
    if (kind === 'bar') {
      element.style.height = Math.max(240, 28 * data.labels.length + 40) + 'px';
      chart.resize();
      if (data.links) {
        chart.on('click', function (p) { window.location.href = data.links[p.dataIndex]; });
      }
    }
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
