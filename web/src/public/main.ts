// Entry of the PUBLIC report page (public-report.html, served alone by the public
// listener). It imports nothing from the staff application: no router, no staff
// store, no staff labels, no session — only src/public/** and the libraries.
import { createApp } from 'vue'
import { createI18n } from 'vue-i18n'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './public.css'
import PublicApp from './PublicApp.vue'
import { en, zh } from './messages'

const i18n = createI18n({ legacy: false, locale: 'zh-CN', fallbackLocale: 'zh-CN', messages: { 'zh-CN': zh, en } })
createApp(PublicApp).use(i18n).use(ElementPlus).mount('#app')
