// The message centre's labels (t('messages.…')), the same keys in both languages.
import type { Labels } from '../types'

export const zhCN: Labels = {
  title: '站内消息', kindLabel: '类型', readAll: '全部标为已读',
  readAllConfirm: '确定将全部未读消息标为已读吗？待办事项不会因此办结。', readAllDone: '已将 {n} 条消息标为已读',
  status: { unread: '未读', open: '待办', all: '全部' },
  kind: { todo: '待办', due_soon: '即将到期', overdue: '已逾期', notice: '通知' },
  state: { unread: '未读', read: '已读', resolved: '已办结' },
  col: { number: '序号', kind: '类型', title: '标题', due: '期限', time: '时间' },
  empty: {
    unread: '没有未读消息', open: '暂无待办：目前没有等待您处理的事项',
    all: '暂无消息：待办、期限提醒和通知都会出现在这里',
  },
  home: { title: '我的待办', viewAll: '查看全部', empty: '暂无待办', due: '期限 {date}' },
}

export const en: Labels = {
  title: 'Messages', kindLabel: 'Kind', readAll: 'Mark all read',
  readAllConfirm: 'Mark every unread message read? Tasks stay open until they are done.', readAllDone: '{n} messages marked read',
  status: { unread: 'Unread', open: 'To do', all: 'All' },
  kind: { todo: 'To do', due_soon: 'Due soon', overdue: 'Overdue', notice: 'Notice' },
  state: { unread: 'Unread', read: 'Read', resolved: 'Done' },
  col: { number: 'No.', kind: 'Kind', title: 'Title', due: 'Due', time: 'Time' },
  empty: {
    unread: 'No unread messages', open: 'Nothing to do: no task is waiting for you',
    all: 'No messages: tasks, deadline reminders and notices appear here',
  },
  home: { title: 'My tasks', viewAll: 'View all', empty: 'Nothing to do', due: 'Due {date}' },
}
