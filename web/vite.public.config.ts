// Vite build of the PUBLIC report page alone (public-report.html → src/public/main.ts)
// into dist-public/, which the public listener serves (config public.web_root; see
// docs/modules/reports-api.md). A separate build, not a second entry of the staff
// build, so no chunk of the staff application can end up beside it. The page is
// renamed index.html because the public listener answers unknown paths with it.
import { defineConfig, mergeConfig } from 'vite'
import * as fs from 'node:fs'
import * as path from 'node:path'
import base from './vite.config'

const outDir = 'dist-public'

export default mergeConfig(base as any, defineConfig({
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: { input: path.resolve(__dirname, 'public-report.html') },
  },
  plugins: [
    {
      name: 'qf-public-index',
      closeBundle() {
        const from = path.resolve(__dirname, outDir, 'public-report.html')
        if (fs.existsSync(from)) fs.renameSync(from, path.resolve(__dirname, outDir, 'index.html'))
      },
    },
  ],
}) as any)
