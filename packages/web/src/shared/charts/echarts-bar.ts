/**
 * The slice of ECharts the bar chart needs, registered once. Imported only through a dynamic
 * import() in bar-chart.tsx, so it is a chunk of its own: staff pages fetch it, the login and
 * phone screens never do. Values are written on the bars, so no tooltip (and no axis pointer).
 */
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// The legend serves the grouped bars of the resource map (communities/resource-map-panel.tsx).
use([BarChart, GridSimpleComponent, LegendComponent, CanvasRenderer]);

export { init };
