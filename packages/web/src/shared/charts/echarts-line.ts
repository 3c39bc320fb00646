/**
 * The slice of ECharts the line chart needs, registered once. Imported only through a dynamic
 * import() in line-chart.tsx, so it is a chunk of its own (like echarts-bar.ts) and
 * ECharts' shared core is one chunk for both. Named imports keep the other chart types out.
 */
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridSimpleComponent, CanvasRenderer]);

export { init };
