// The regulation library (制度库, docs/modules/regulations.md): the searchable list and
// one regulation with its versions, acknowledgement and the committee's actions.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const regulations: WebModule = {
  name: 'regulations',
  routes: [
    {
      path: 'regulations',
      name: 'regulations',
      component: () => import('./RegulationsView.vue'),
      meta: { title: 'regulations.menu.list', icon: 'Tickets', permission: 'regulation.read', menu: true, group: 'inspections.menu.group' },
    },
    {
      path: 'regulations/:id(\\d+)',
      name: 'regulation',
      component: () => import('./RegulationDetail.vue'),
      meta: { title: 'regulations.menu.item', permission: 'regulation.read' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default regulations
