# expect-status: ok error
import socket
for port in (8000, 8007, 8010, 5432, 3000, 9092):
    try:
        socket.create_connection(('127.0.0.1', port), timeout=1)
        print("ESCAPED", port)
    except OSError:
        pass
