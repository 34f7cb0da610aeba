# expect-status: crashed
import os
os.abort()
