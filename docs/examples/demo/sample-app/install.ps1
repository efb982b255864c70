# Sample installer used by `npm run demo`: writes a marker file the detection rule looks for.
$target = Join-Path $env:ProgramData 'Contoso\HelloIntune'
New-Item -ItemType Directory -Force -Path $target | Out-Null
Copy-Item -Path (Join-Path $PSScriptRoot 'payload\hello.txt') -Destination $target -Force
exit 0
