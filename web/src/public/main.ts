// Entry of the PUBLIC report page (public-report.html, served alone by the public
// listener). It imports nothing from the staff application: no router, no staff
// store, no staff labels, no session — only src/public/** and the libraries, and of
// Element Plus only the components the page uses (a smaller download for reporters).
import { createApp } from 'vue'
import { createI18n } from 'vue-i18n'
import { ElAlert, ElButton, ElCheckbox, ElForm, ElFormItem, ElInput, ElProgress, ElTabPane, ElTabs, ElTag } from 'element-plus'
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/alert/style/css'
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/checkbox/style/css'
import 'element-plus/es/components/form/style/css'
import 'element-plus/es/components/form-item/style/css'
import 'element-plus/es/components/input/style/css'
import 'element-plus/es/components/progress/style/css'
import 'element-plus/es/components/tabs/style/css'
import 'element-plus/es/components/tab-pane/style/css'
import 'element-plus/es/components/tag/style/css'
import './public.css'
import PublicApp from './PublicApp.vue'
import { en, zh } from './messages'

const i18n = createI18n({ legacy: false, locale: 'zh-CN', fallbackLocale: 'zh-CN', messages: { 'zh-CN': zh, en } })
const app = createApp(PublicApp).use(i18n)
for (const c of [ElAlert, ElButton, ElCheckbox, ElForm, ElFormItem, ElInput, ElProgress, ElTabPane, ElTabs, ElTag]) app.use(c)
app.mount('#app')
