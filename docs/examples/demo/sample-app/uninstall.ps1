Remove-Item -Recurse -Force (Join-Path $env:ProgramData 'Contoso\HelloIntune') -ErrorAction SilentlyContinue
exit 0
