# expect-status: ok error
import marshal, types
code = compile('import os\nresult = os.path.exists(\"/etc/passwd\")', 'x', 'exec')
g = {}
exec(marshal.loads(marshal.dumps(code)), g)
if g['result']:
    print("ESCAPED")
