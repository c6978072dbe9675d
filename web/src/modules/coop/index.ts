// Co-construction with partner units (廉政共建, docs/modules/coop.md): the partner units
// with the bureau's signing key and the results per partner, and one partner's page
// (agreement, key, signed notices both ways, joint trainings, return visits).
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const coop: WebModule = {
  name: 'coop',
  routes: [
    {
      path: 'coop/partners',
      name: 'coop-partners',
      component: () => import('./PartnersView.vue'),
      meta: { title: 'coop.menu.partners', icon: 'Key', permission: 'coop.read', menu: true, group: 'coop.menu.group' },
    },
    {
      path: 'coop/notices',
      name: 'coop-notices',
      component: () => import('./AllNoticesView.vue'),
      meta: { title: 'coop.menu.notices', icon: 'Document', permission: 'coop.read', menu: true, group: 'coop.menu.group' },
    },
    {
      path: 'coop/partners/:id(\\d+)',
      name: 'coop-partner',
      component: () => import('./PartnerDetail.vue'),
      meta: { title: 'coop.menu.partner', permission: 'coop.read' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default coop
