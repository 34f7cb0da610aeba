# expect-status: ok
import os
keys = set(os.environ) - {
    'PATH', 'HOME', 'LANG', 'PYTHONDONTWRITEBYTECODE', 'PYTHONHASHSEED', 'PYTHONIOENCODING', 'LC_CTYPE', 'PWD',
}
if keys:
    print("ESCAPED", keys)
