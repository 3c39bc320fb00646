/**
 * The slice of ECharts the network picture needs, registered once; imported only through a dynamic
 * import() in network-chart.tsx, so a phone fetches it when a group page opens.
 */
import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([GraphChart, TooltipComponent, CanvasRenderer]);

export { init };
