// Integrity-risk prevention (廉政风险防控, docs/modules/risk.md): risk points with review,
// the heat map, negative lists with their coverage, consultation meetings (decisions →
// duty tasks), checks of negative-list execution, and each person's acknowledgements.
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
      path: 'risk/consultations',
      name: 'risk-consultations',
      component: () => import('./RiskConsultationsView.vue'),
      meta: { title: 'risk.menu.consultations', icon: 'ChatDotRound', permission: 'risk.consult.read', menu: true, group: 'risk.group' },
    },
    {
      path: 'risk/consultations/:id(\\d+)',
      name: 'risk-consultation',
      component: () => import('./RiskConsultationDetail.vue'),
      meta: { title: 'risk.consult.detail', permission: 'risk.consult.read' },
    },
    {
      path: 'risk/checks',
      name: 'risk-checks',
      component: () => import('./RiskChecksView.vue'),
      meta: { title: 'risk.menu.checks', icon: 'Tickets', permission: 'risk.read', menu: true, group: 'risk.group' },
    },
    {
      path: 'risk/checks/:id(\\d+)',
      name: 'risk-check',
      component: () => import('./RiskCheckDetail.vue'),
      meta: { title: 'risk.check.detail', permission: 'risk.read' },
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
