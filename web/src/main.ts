// Entry point: Vue app with Pinia, router, vue-i18n and Element Plus (all bundled).
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { i18n, currentLang } from './i18n'
import { buildRouter } from './router'
import { registerIcons } from './components/icons'
import { useAuthStore, wireActivity } from './stores/auth'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(ElementPlus)
registerIcons(app)
wireActivity(useAuthStore(pinia))
app.use(buildRouter())
document.documentElement.lang = currentLang()
app.mount('#app')
