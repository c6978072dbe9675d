// Personal-matters reports (领导干部个人有关事项报告, docs/modules/declarations.md): the
// cadre's own reports (/declarations), one report (/declarations/:id) and the list of
// the organisation department and the discipline committee (/declarations/review).
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const declarations: WebModule = {
  name: 'declarations',
  routes: [
    {
      path: 'declarations',
      name: 'declarations-mine',
      component: () => import('./MyDeclarationsView.vue'),
      meta: { title: 'declarations.menu.mine', icon: 'Tickets', permission: 'declaration.own', menu: true, group: 'declarations.menu.group' },
    },
    {
      path: 'declarations/review',
      name: 'declarations-review',
      component: () => import('./ReviewListView.vue'),
      meta: { title: 'declarations.menu.review', icon: 'Files', permission: 'declaration.read', menu: true, group: 'declarations.menu.group' },
    },
    {
      path: 'declarations/:id(\\d+)',
      name: 'declaration',
      component: () => import('./DeclarationView.vue'),
      meta: { title: 'declarations.title.detail', icon: 'Tickets', permission: 'declaration.own' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default declarations
