#!/usr/bin/env node
console.log('intune-publish: not built yet')
