# expect-status: ok error
import socket
try:
    socket.create_connection(('1.1.1.1', 80), timeout=2)
    print("ESCAPED")
except OSError as e:
    print("blocked", e)
