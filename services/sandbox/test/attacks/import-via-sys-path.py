# expect-status: ok error
import sys
sys.path[:0] = [
    '/usr/lib/python3/dist-packages',
    '/usr/local/lib/python3.11/dist-packages',
    '/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages',
]
try:
    import yaml
    print("ESCAPED: yaml")
except ImportError:
    pass
try:
    import pip
    print("ESCAPED: pip")
except ImportError:
    pass
