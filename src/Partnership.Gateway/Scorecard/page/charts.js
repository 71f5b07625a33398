// Hand-drawn SVG charts for the scorecard, each with a table of the same numbers (for screen readers, printing and
// anyone who prefers figures). No library: the page must work offline and carry only the hub's own code.
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const WIDTH = 760, HEIGHT = 260, LEFT = 48, RIGHT = 12, TOP = 12, BOTTOM = 40;

  function svgElement(name, attributes, text) {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes || {})) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function htmlElement(name, attributes, text) {
    const element = document.createElement(name);
    for (const [key, value] of Object.entries(attributes || {})) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  }

  // An axis maximum of four equal whole steps (1, 2 or 5 times a power of ten) at or above the largest count, so ticks read easily.
  function niceMax(value) {
    if (value <= 0) return 4;
    const rough = value / 4;
    const power = Math.pow(10, Math.floor(Math.log10(rough)));
    const step = Math.max(1, [1, 2, 5, 10].map((s) => s * power).find((s) => s >= rough));
    return 4 * step;
  }

  function axis(svg, max) {
    const plotHeight = HEIGHT - TOP - BOTTOM;
    for (let i = 0; i <= 4; i++) {
      const value = (max * i) / 4;
      const y = TOP + plotHeight - (plotHeight * i) / 4;
      svg.append(svgElement('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y, y2: y, class: 'grid' }));
      svg.append(svgElement('text', { x: LEFT - 6, y: y + 4, class: 'tick', 'text-anchor': 'end' }, String(value)));
    }
  }

  function legend(container, series) {
    const list = htmlElement('ul', { class: 'legend' });
    series.forEach((s, i) => {
      const item = htmlElement('li');
      item.append(htmlElement('span', { class: 'swatch series-' + i, 'aria-hidden': 'true' }), document.createTextNode(s.name));
      list.append(item);
    });
    container.append(list);
  }

  // The table beside each chart: one row per label, one column per series; cells carry data-label and data-series.
  function table(container, caption, firstHeader, labels, series) {
    const details = htmlElement('details', { class: 'numbers' });
    details.append(htmlElement('summary', {}, 'The numbers as a table'));
    const t = htmlElement('table');
    t.append(htmlElement('caption', {}, caption));
    const head = htmlElement('tr');
    head.append(htmlElement('th', { scope: 'col' }, firstHeader));
    for (const s of series) head.append(htmlElement('th', { scope: 'col' }, s.name));
    const thead = htmlElement('thead');
    thead.append(head);
    t.append(thead);
    const body = htmlElement('tbody');
    labels.forEach((label, row) => {
      const tr = htmlElement('tr');
      tr.append(htmlElement('th', { scope: 'row' }, label));
      for (const s of series) {
        const value = s.values[row];
        tr.append(htmlElement('td', { 'data-label': label, 'data-series': s.name }, value === null || value === undefined ? '–' : String(value)));
      }
      body.append(tr);
    });
    t.append(body);
    details.append(t);
    container.append(details);
  }

  /** Bars per label, grouped or stacked; spec: { title, labels, series: [{ name, values }], stacked, tableExtra (table-only columns) }. */
  function bars(container, spec) {
    container.replaceChildren();
    const { labels, series } = spec;
    const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
    const max = niceMax(spec.stacked ? Math.max(0, ...totals) : Math.max(0, ...series.flatMap((s) => s.values.map((v) => v || 0))));
    const svg = svgElement('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': spec.title, class: 'chart-svg' });
    axis(svg, max);
    const plotWidth = WIDTH - LEFT - RIGHT, plotHeight = HEIGHT - TOP - BOTTOM;
    const slot = plotWidth / Math.max(1, labels.length);
    const barWidth = spec.stacked ? slot * 0.7 : (slot * 0.8) / Math.max(1, series.length);
    labels.forEach((label, i) => {
      const x0 = LEFT + slot * i + slot * (spec.stacked ? 0.15 : 0.1);
      let stackTop = TOP + plotHeight;
      series.forEach((s, j) => {
        const value = s.values[i] || 0;
        const h = (plotHeight * value) / max;
        const x = spec.stacked ? x0 : x0 + barWidth * j;
        const y = spec.stacked ? stackTop - h : TOP + plotHeight - h;
        if (spec.stacked) stackTop -= h;
        const bar = svgElement('rect', { x, y, width: Math.max(1, barWidth - 1), height: h, class: 'series-' + j });
        bar.append(svgElement('title', {}, `${label} · ${s.name}: ${value}`));
        svg.append(bar);
      });
      if (labels.length <= 12 || i % Math.ceil(labels.length / 12) === 0)
        svg.append(svgElement('text', { x: LEFT + slot * i + slot / 2, y: HEIGHT - BOTTOM + 16, class: 'tick', 'text-anchor': 'middle' }, label));
    });
    container.append(svg);
    if (series.length > 1) legend(container, series);
    table(container, spec.title, spec.labelHeader || 'Month', labels, series.concat(spec.tableExtra || []));
  }

  /** One horizontal bar per item with its range drawn behind it; spec: { title, items: [{ label, value, min, max, status }] }. */
  function ranges(container, spec) {
    container.replaceChildren();
    const rowHeight = 30;
    const height = TOP + spec.items.length * rowHeight + 24;
    const labelWidth = 260, plotWidth = WIDTH - labelWidth - RIGHT;
    const max = niceMax(Math.max(1, ...spec.items.flatMap((item) => [item.value, item.max || 0])));
    const svg = svgElement('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': spec.title, class: 'chart-svg' });
    const scale = (v) => labelWidth + (plotWidth * v) / max;
    spec.items.forEach((item, i) => {
      const y = TOP + i * rowHeight;
      svg.append(svgElement('text', { x: labelWidth - 8, y: y + 17, class: 'tick', 'text-anchor': 'end' }, item.label));
      if (item.min !== null && item.max !== null)
        svg.append(svgElement('rect', { x: scale(item.min), y, width: scale(item.max) - scale(item.min), height: rowHeight - 6, class: 'range' }));
      const bar = svgElement('rect', { x: labelWidth, y: y + 6, width: scale(item.value) - labelWidth, height: rowHeight - 18, class: 'status-' + item.status.toLowerCase() });
      bar.append(svgElement('title', {}, `${item.label}: ${item.value} (${item.status})`));
      svg.append(bar);
    });
    for (let i = 0; i <= 4; i++)
      svg.append(svgElement('text', { x: scale((max * i) / 4), y: height - 6, class: 'tick', 'text-anchor': 'middle' }, String((max * i) / 4)));
    container.append(svg);
    table(container, spec.title, 'Hub', spec.items.map((item) => item.label), [
      { name: 'Open cases', values: spec.items.map((item) => item.value) },
      { name: 'Range from', values: spec.items.map((item) => item.min) },
      { name: 'Range to', values: spec.items.map((item) => item.max) },
      { name: 'Status', values: spec.items.map((item) => item.status) },
    ]);
  }

  window.PartnershipCharts = { bars, ranges };
})();
