// Integrity-risk prevention (廉政风险防控, docs/modules/risk.md): risk points with review,
// the heat map, negative lists with their coverage, and each person's acknowledgements.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const risk: WebModule = {
  name: 'risk',
  routes: [
    {
      path: 'risk/points',
      name: 'risk-points',
      component: () => import('./RiskPointsView.vue'),
      meta: { title: 'risk.menu.points', icon: 'WarningFilled', permission: 'risk.read', menu: true, group: 'risk.group' },
    },
    {
      path: 'risk/points/:id(\\d+)',
      name: 'risk-point',
      component: () => import('./RiskPointDetail.vue'),
      meta: { title: 'risk.detail', permission: 'risk.read' },
    },
    {
      path: 'risk/heatmap',
      name: 'risk-heatmap',
      component: () => import('./RiskHeatmapView.vue'),
      meta: { title: 'risk.menu.heatmap', icon: 'DataAnalysis', permission: 'risk.read', menu: true, group: 'risk.group' },
    },
    {
      path: 'risk/negative-lists',
      name: 'risk-negative-lists',
      component: () => import('./NegativeListsView.vue'),
      meta: { title: 'risk.menu.lists', icon: 'Management', permission: 'risk.read', menu: true, group: 'risk.group' },
    },
    {
      path: 'risk/mine',
      name: 'risk-mine',
      component: () => import('./MyRiskView.vue'),
      meta: { title: 'risk.menu.mine', icon: 'CircleCheckFilled', permission: 'risk.acknowledge', menu: true, group: 'risk.group' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default risk
