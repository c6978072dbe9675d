// The icons the pages use, bundled from @element-plus/icons-vue and registered globally
// by name (route meta.icon refers to these names).
import type { App } from 'vue'
import {
  HomeFilled, OfficeBuilding, Flag, Suitcase, User, UserFilled, Upload, Key, Document, Collection,
  Lock, Unlock, Refresh, Download, Search, Plus, Edit, SwitchButton, CircleCheckFilled, WarningFilled,
  ArrowDown, Setting, Fold, Expand, Tickets, AlarmClock, ChatDotRound, Bell, DataAnalysis, Calendar, Files,
  EditPen, View, Histogram, Management, Message,
} from '@element-plus/icons-vue'

const icons = {
  HomeFilled, OfficeBuilding, Flag, Suitcase, User, UserFilled, Upload, Key, Document, Collection,
  Lock, Unlock, Refresh, Download, Search, Plus, Edit, SwitchButton, CircleCheckFilled, WarningFilled,
  ArrowDown, Setting, Fold, Expand, Tickets, AlarmClock, ChatDotRound, Bell, DataAnalysis, Calendar, Files,
  EditPen, View, Histogram, Management, Message,
}

export function registerIcons(app: App): void {
  for (const [name, comp] of Object.entries(icons)) app.component(name, comp)
}
