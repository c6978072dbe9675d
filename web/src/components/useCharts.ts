// ECharts for a statistics view: one chart per box in the template
// (`<div :ref="box('source')" class="chart-box" />`, then `chart('source')?.setOption(…)`).
// A chart is created on first use and again when Vue replaced its box; all charts
// follow the window's size and are disposed when the view unmounts. Bar and pie charts
// with grid, legend and tooltip, drawn on canvas (bundled: nothing from the internet).
import { onBeforeUnmount, onMounted, shallowRef } from 'vue'
import * as echarts from 'echarts/core'
import { BarChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export function useCharts() {
  const boxes: Record<string, HTMLDivElement | null> = {}
  const charts = shallowRef<Record<string, echarts.ECharts>>({})

  function box(name: string) {
    return (el: unknown) => {
      boxes[name] = (el as HTMLDivElement) || null
    }
  }
  function chart(name: string): echarts.ECharts | null {
    const el = boxes[name]
    if (!el) return null
    let c = charts.value[name]
    if (!c || c.getDom() !== el) {
      c?.dispose()
      c = echarts.init(el)
      charts.value = { ...charts.value, [name]: c }
    }
    return c
  }
  function resize() {
    for (const c of Object.values(charts.value)) c.resize()
  }
  onMounted(() => window.addEventListener('resize', resize))
  onBeforeUnmount(() => {
    window.removeEventListener('resize', resize)
    for (const c of Object.values(charts.value)) c.dispose()
  })
  return { box, chart }
}
