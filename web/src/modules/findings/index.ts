// 大数据比对疑点 (findings, docs/modules/findings.md): the findings list with their
// handling (/supervision/findings) and the registry import with its runs and
// data-quality tables (/supervision/findings/runs). Discipline roles only.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const findings: WebModule = {
  name: 'findings',
  routes: [
    {
      path: 'supervision/findings',
      name: 'findings',
      component: () => import('./FindingsView.vue'),
      meta: { title: 'findings.menu.list', icon: 'Search', permission: 'findings.view', menu: true, group: 'supervision.menu.group' },
    },
    {
      path: 'supervision/findings/runs',
      name: 'findings-runs',
      component: () => import('./FindingRunsView.vue'),
      meta: { title: 'findings.menu.runs', icon: 'Upload', permission: 'findings.view', menu: true, group: 'supervision.menu.group' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default findings
