// Apache ECharts, only the parts used (bars, lines, target lines), bundled by
// esbuild from node_modules. Canvas rendering; tooltips drawn as rich text on
// the canvas (the HTML tooltip writes inline styles, which the CSP refuses).
const { echarts } = require('./echarts.ts');

const FONT = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const charts = new Set();

window.addEventListener('resize', () => {
  for (const c of charts) if (!c.isDisposed()) c.resize();
});

/** Disposes the charts of elements no longer in the page (called on every page change). */
function disposeDetached() {
  for (const c of [...charts]) {
    if (c.isDisposed() || !document.body.contains(c.getDom())) {
      if (!c.isDisposed()) c.dispose();
      charts.delete(c);
    }
  }
}

/** Room above the target line when every bar is below it (else the axis scales itself). */
function axisMax(o) {
  const values = o.series.flatMap((s) => s.values).filter((v) => v !== null && v !== undefined);
  const top = Math.max(0, ...values);
  const floor = o.integer ? Math.max(1, Math.ceil((o.target || 0) * 1.25)) : Math.ceil((o.target || 0.1) * 1.25 * 10) / 10;
  return top < floor ? floor : undefined;
}

/**
 * Bars against a target (目标线): categories on x, one or more series of
 * values, a dashed line at `target` labelled `targetLabel`; bars over the
 * target are drawn red. onClick(index, seriesIndex) for drill-down.
 */
function targetBars(el, o) {
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  charts.add(chart);
  const over = (v) => o.target !== null && o.target !== undefined && v !== null && v > o.target;
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    title: o.title ? { text: o.title, left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 'bold', fontFamily: FONT } } : undefined,
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' }, valueFormatter: o.format },
    legend: o.series.length > 1 ? { top: 4, right: 8 } : undefined,
    grid: { left: 48, right: 24, top: o.title || o.series.length > 1 ? 44 : 24, bottom: o.rotate ? 72 : 40 },
    xAxis: { type: 'category', data: o.categories, axisLabel: { interval: 0, rotate: o.rotate ? 40 : 0, fontFamily: FONT } },
    yAxis: { type: 'value', minInterval: o.integer ? 1 : undefined, max: axisMax(o), axisLabel: { formatter: o.unit === '%' ? '{value}%' : '{value}' } },
    series: o.series.map((s, i) => ({
      type: s.line ? 'line' : 'bar',
      name: s.name,
      data: s.values.map((v) => ({ value: v, itemStyle: !s.line && over(v) ? { color: '#c0392b' } : undefined })),
      itemStyle: { color: s.color },
      barMaxWidth: 28,
      label: { show: o.labels !== false && !s.line, position: 'top', fontSize: 10, formatter: (p) => (p.value === null || p.value === 0 ? '' : o.format ? o.format(p.value) : p.value) },
      markLine:
        i === 0 && o.target !== null && o.target !== undefined
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#c0392b', width: 1.5 },
              label: { formatter: o.targetLabel, position: 'insideEndTop', color: '#c0392b', fontFamily: FONT },
              data: [{ yAxis: o.target }],
            }
          : undefined,
    })),
  });
  if (o.onClick) chart.on('click', (p) => o.onClick(p.dataIndex, p.seriesIndex));
  return chart;
}

module.exports = { targetBars, disposeDetached };
