# expect-status: ok error
import sys, importlib.util
sys.meta_path[:] = [f for f in sys.meta_path if 'StdlibOnly' not in type(f).__name__]
for name in ('numpy', 'requests', 'yaml'):
    if importlib.util.find_spec(name):
        print("ESCAPED", name)
