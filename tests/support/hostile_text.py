"""Text from the hostile corpus (tests/cases/hostile/accepted/) that tests expect to see back exactly as written."""

PROGRAMME_NAME = "<script>alert('pname')</script><img src=x onerror=alert('pimg')> Zanzibar buddies {{ 7*7 }}"  # programs/zz-script-programme.yml
PROGRAMME_SUMMARY = "</p><script>alert('summary')</script>\"><svg onload=alert('summary-svg')> {% raw %}{{ config }}{% endraw %}"
