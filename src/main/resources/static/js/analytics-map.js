// The map of provinces (templates/analytics/map.html): draws every .dv-province-map with Apache ECharts, as the tile
// map (one square per province, always) or, when an administrator uploaded one and the reader chooses it, as the
// boundary map (GeoJSON fetched once per page, features joined to the values by province code). The data come from
// the element's data-map attribute; a click on a province follows the link of its row in the table beside the map.
(function () {
  'use strict';

  // Light to dark blue, as the legend in css/analytics-map.css; grey where there is no value.
  var STOPS = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
  var NO_DATA = '#dee2e6';
  var MAP_NAME = 'danvan-provinces';
  var MODE_KEY = 'danvan.provinceMap.mode';
  var geoJsonLoads = {};
  var charts = [];

  function rgb(hex) {
    return [1, 3, 5].map(function (i) { return parseInt(hex.substr(i, 2), 16); });
  }

  // The colour at t in [0, 1] along the stops.
  function colour(t) {
    var x = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
    var i = Math.min(Math.floor(x), STOPS.length - 2);
    var a = rgb(STOPS[i]);
    var b = rgb(STOPS[i + 1]);
    var f = x - i;
    return 'rgb(' + a.map(function (c, k) { return Math.round(c + (b[k] - c) * f); }).join(',') + ')';
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function storedMode() {
    try {
      return window.localStorage.getItem(MODE_KEY);
    } catch (e) {
      return null;
    }
  }

  function storeMode(mode) {
    try {
      window.localStorage.setItem(MODE_KEY, mode);
    } catch (e) {
      // Private browsing: the choice lasts for this page only.
    }
  }

  function loadGeoJson(url) {
    if (!geoJsonLoads[url]) {
      geoJsonLoads[url] = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (geoJson) {
          if (!echarts.getMap(MAP_NAME)) {
            echarts.registerMap(MAP_NAME, geoJson);
          }
          return MAP_NAME;
        });
      geoJsonLoads[url].catch(function () {
        delete geoJsonLoads[url];
      });
    }
    return geoJsonLoads[url];
  }

  function draw(container) {
    var data = JSON.parse(container.dataset.map);
    var section = container.closest('.dv-map') || container.parentNode;
    var noData = container.dataset.noData || '';
    var byCode = {};
    var known = [];
    data.values.forEach(function (v) {
      byCode[v.code] = v;
      if (v.value !== null && v.value !== undefined) {
        known.push(Number(v.value));
      }
    });
    var min = known.length ? Math.min.apply(null, known) : 0;
    var max = known.length ? Math.max.apply(null, known) : 0;
    var links = {};
    section.querySelectorAll('tr[data-code] a[href]').forEach(function (a) {
      links[a.closest('tr').dataset.code] = a.href;
    });

    // Where t is the value's place between the smallest and the largest (1 when all are equal), or null.
    function item(code, fallbackName) {
      var v = byCode[code];
      var value = (v && v.value !== null && v.value !== undefined) ? Number(v.value) : null;
      var t = (value === null) ? null : (max > min ? (value - min) / (max - min) : 1);
      return {
        code: code,
        provinceName: v ? v.name : fallbackName,
        display: (v && v.display) ? v.display : noData,
        fill: (t === null) ? NO_DATA : colour(t),
        text: (t === null || t < 0.45) ? '#212529' : '#ffffff'
      };
    }

    function tooltip(params) {
      var d = params.data || item(params.name, params.name);
      return '<strong>' + escapeHtml(d.provinceName) + '</strong><br>' + escapeHtml(d.display);
    }

    function tileOption() {
      var items = data.tiles.map(function (tile) {
        var d = item(tile.code, tile.name);
        d.name = d.provinceName;
        d.label = tile.label;
        d.value = [tile.column, tile.row];
        return d;
      });
      return {
        animation: false,
        tooltip: { confine: true, formatter: tooltip },
        series: [{
          type: 'custom',
          coordinateSystem: 'none',
          data: items,
          renderItem: function (params, api) {
            var d = items[params.dataIndex];
            var width = api.getWidth();
            var height = api.getHeight();
            var size = Math.floor(Math.min(width / data.columns, height / data.rows));
            var left = Math.floor((width - size * data.columns) / 2);
            var top = Math.floor((height - size * data.rows) / 2);
            var gap = Math.max(2, Math.round(size * 0.06));
            var font = Math.max(8, Math.min(13, Math.floor(size / 5.2)));
            return {
              type: 'rect',
              shape: {
                x: left + d.value[0] * size + gap / 2,
                y: top + d.value[1] * size + gap / 2,
                width: size - gap,
                height: size - gap,
                r: 3
              },
              style: { fill: d.fill, stroke: 'rgba(0,0,0,0.15)', lineWidth: 1 },
              emphasis: { style: { stroke: '#212529', lineWidth: 2 } },
              cursor: links[d.code] ? 'pointer' : 'default',
              textContent: {
                style: {
                  text: d.label.replace(' ', '\n'),
                  fill: d.text,
                  fontSize: font,
                  fontWeight: 600,
                  lineHeight: Math.round(font * 1.2),
                  align: 'center'
                }
              },
              textConfig: { position: 'inside' }
            };
          }
        }]
      };
    }

    function boundaryOption(mapName) {
      var codes = {};
      data.tiles.forEach(function (tile) { codes[tile.code] = tile.name; });
      data.values.forEach(function (v) { codes[v.code] = v.name; });
      var items = Object.keys(codes).map(function (code) {
        var d = item(code, codes[code]);
        d.name = code;
        d.itemStyle = { areaColor: d.fill };
        return d;
      });
      return {
        animation: false,
        tooltip: { confine: true, formatter: tooltip },
        series: [{
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          roam: false,
          selectedMode: false,
          data: items,
          label: { show: false },
          itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffc107' } }
        }]
      };
    }

    container.textContent = '';
    var chart = echarts.init(container);
    charts.push(chart);
    var status = section.querySelector('.dv-map-status');
    var legend = section.querySelector('.dv-map-legend');
    var toggle = section.querySelector('.dv-map-switch');
    var mode = null;

    chart.on('finished', function () {
      container.dataset.rendered = mode;
    });
    chart.on('click', function (params) {
      var code = params.data && params.data.code;
      if (code && links[code]) {
        window.location.href = links[code];
      }
    });

    function show(next) {
      if (toggle) {
        toggle.querySelectorAll('[data-mode]').forEach(function (button) {
          var on = button.dataset.mode === next;
          button.classList.toggle('active', on);
          button.setAttribute('aria-pressed', on ? 'true' : 'false');
        });
      }
      if (next === mode) {
        return;
      }
      if (status) {
        status.hidden = true;
      }
      if (next === 'boundary') {
        container.setAttribute('aria-busy', 'true');
        loadGeoJson(container.dataset.geojson).then(function (mapName) {
          mode = 'boundary';
          container.dataset.rendered = '';
          chart.setOption(boundaryOption(mapName), true);
        }).catch(function () {
          if (status) {
            status.textContent = status.dataset.loadError;
            status.hidden = false;
          }
          show('tiles');
        }).then(function () {
          container.removeAttribute('aria-busy');
        });
      } else {
        mode = 'tiles';
        container.dataset.rendered = '';
        chart.setOption(tileOption(), true);
      }
    }

    if (legend) {
      legend.hidden = false;
    }
    var boundary = container.dataset.boundary === 'true';
    if (toggle && boundary) {
      toggle.hidden = false;
      toggle.addEventListener('click', function (event) {
        var button = event.target.closest('[data-mode]');
        if (button) {
          storeMode(button.dataset.mode);
          show(button.dataset.mode);
        }
      });
    }
    show(boundary && storedMode() === 'boundary' ? 'boundary' : 'tiles');
    if (window.ResizeObserver) {
      new ResizeObserver(function () { chart.resize(); }).observe(container);
    }
  }

  // A file larger than the form allows is refused before it is sent (the server checks again).
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type="file"][data-max-bytes]')) {
      return;
    }
    var file = input.files && input.files[0];
    var tooLarge = file && file.size > Number(input.dataset.maxBytes);
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
    if (tooLarge) {
      input.reportValidity();
    }
  });

  function start() {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('.dv-province-map').forEach(draw);
    var pending = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        charts.forEach(function (chart) { chart.resize(); });
      }, 100);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
