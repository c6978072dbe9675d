// The message centre (站内消息/待办, docs/modules/messages.md): the /messages page. The
// header bell (layout/AppLayout.vue) and the home page's 我的待办 card use its store.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const messages: WebModule = {
  name: 'messages',
  routes: [
    // Every account has messages; reached from the bell and the home card, not the side menu.
    {
      path: 'messages',
      name: 'messages',
      component: () => import('./MessagesView.vue'),
      meta: { title: 'messages.title', icon: 'Bell', permission: 'dashboard.read' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default messages
