import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'mocks/**/*.test.ts',
      'test/**/*.test.ts',
      'contracts/**/*.test.ts',
      'contracts/**/*.contract.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Prism start-up and the robustness burst are slow on 2 cores; keep files in parallel but not too many.
    maxWorkers: 2,
  },
})
