// Verification (核查) of personal-matters reports and the integrity dossier (廉政档案),
// docs/modules/verification.md: the rounds with the draw and the list (/verification),
// one item (/verification/items/:id), the cadre's own items (/verification/mine), the
// dossiers (/verification/dossiers, /verification/dossiers/:id). Menu entries sit in
// the 个人有关事项 group beside the reports.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const verification: WebModule = {
  name: 'verification',
  routes: [
    {
      path: 'verification',
      name: 'verification-rounds',
      component: () => import('./RoundsView.vue'),
      meta: { title: 'verification.menu.rounds', icon: 'View', permission: 'verification.read', menu: true, group: 'declarations.menu.group' },
    },
    {
      path: 'verification/mine',
      name: 'verification-mine',
      component: () => import('./MyItemsView.vue'),
      meta: { title: 'verification.menu.mine', icon: 'ChatDotRound', permission: 'verification.own', menu: true, group: 'declarations.menu.group' },
    },
    {
      path: 'verification/items/:id(\\d+)',
      name: 'verification-item',
      component: () => import('./ItemView.vue'),
      meta: { title: 'verification.title.item', icon: 'View', permission: 'verification.own' },
    },
    {
      path: 'verification/dossiers',
      name: 'verification-dossiers',
      component: () => import('./DossierListView.vue'),
      meta: { title: 'verification.menu.dossiers', icon: 'Collection', permission: 'dossier.read', menu: true, group: 'declarations.menu.group' },
    },
    {
      path: 'verification/dossiers/:id(\\d+)',
      name: 'verification-dossier',
      component: () => import('./DossierView.vue'),
      meta: { title: 'verification.title.dossier', icon: 'Collection', permission: 'dossier.read' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default verification
