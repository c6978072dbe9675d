// Statistics and the annual work report (统计与年度工作报告, docs/modules/annual.md):
// the figures of a year with their definitions and last year's values; the reports
// (drafts from the template, final numbered versions) with their DOCX/XLSX exports.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const annual: WebModule = {
  name: 'annual',
  routes: [
    {
      path: 'annual/dashboard',
      name: 'annual-dashboard',
      component: () => import('./DashboardView.vue'),
      meta: { title: 'annual.menu.dashboard', icon: 'Histogram', permission: 'annual.read', menu: true, group: 'annual.menu.group' },
    },
    {
      path: 'annual/figures',
      name: 'annual-figures',
      component: () => import('./FiguresView.vue'),
      meta: { title: 'annual.menu.figures', icon: 'DataAnalysis', permission: 'annual.read', menu: true, group: 'annual.menu.group' },
    },
    {
      path: 'annual/reports',
      name: 'annual-reports',
      component: () => import('./ReportsView.vue'),
      meta: { title: 'annual.menu.reports', icon: 'Document', permission: 'annual.report.read', menu: true, group: 'annual.menu.group' },
    },
    {
      path: 'annual/template',
      name: 'annual-template',
      component: () => import('./TemplateView.vue'),
      meta: { title: 'annual.menu.template', icon: 'EditPen', permission: 'annual.report.read', menu: true, group: 'annual.menu.group' },
    },
    {
      path: 'annual/reports/:id(\\d+)',
      name: 'annual-report',
      component: () => import('./ReportDetail.vue'),
      meta: { title: 'annual.menu.report', permission: 'annual.report.read' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default annual
