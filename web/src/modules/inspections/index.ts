// Special supervision checks and the rectification ledger (监督检查与整改,
// docs/modules/inspections.md): the checks, one check, the ledger, one item.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const inspections: WebModule = {
  name: 'inspections',
  routes: [
    {
      path: 'inspections/checks',
      name: 'inspection-checks',
      component: () => import('./ChecksView.vue'),
      meta: { title: 'inspections.menu.checks', icon: 'Management', permission: 'inspection.read', menu: true, group: 'inspections.menu.group' },
    },
    {
      path: 'inspections/checks/:id(\\d+)',
      name: 'inspection-check',
      component: () => import('./CheckDetail.vue'),
      meta: { title: 'inspections.menu.check', permission: 'inspection.read' },
    },
    {
      path: 'inspections/ledger',
      name: 'rectification-ledger',
      component: () => import('./LedgerView.vue'),
      meta: { title: 'inspections.menu.ledger', icon: 'Collection', permission: 'inspection.read', menu: true, group: 'inspections.menu.group' },
    },
    {
      path: 'inspections/items/:id(\\d+)',
      name: 'rectification-item',
      component: () => import('./ItemDetail.vue'),
      meta: { title: 'inspections.menu.item', permission: 'inspection.read' },
    },
    {
      path: 'inspections/case-reforms',
      name: 'case-reforms',
      component: () => import('./CaseReformsView.vue'),
      meta: { title: 'inspections.menu.reforms', icon: 'Flag', permission: 'inspection.read', menu: true, group: 'inspections.menu.group' },
    },
    {
      path: 'inspections/case-reforms/:id(\\d+)',
      name: 'case-reform',
      component: () => import('./CaseReformDetail.vue'),
      meta: { title: 'inspections.menu.reform', permission: 'inspection.read' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default inspections
