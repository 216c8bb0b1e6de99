// Apache ECharts for the console, only the parts it draws (bars, lines, target
// lines, tooltips, titles, legends on a canvas). ES module imports so that
// esbuild leaves the other charts out of the bundle (src/http/console.ts);
// charts.js uses it. Browser code: nothing here runs in the hub itself.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent, CanvasRenderer]);

export { echarts };
