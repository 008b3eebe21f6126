"""The AWS emulator (moto) in server mode, answering one request at a time.

DynamoDB applies a TransactWriteItems atomically. moto's own server answers
requests on several threads, and two transactions it runs at once can see
and undo each other's writes; served one at a time, each transaction is
whole, as in DynamoDB, and the store's contract can be tested under
concurrent clients.

Usage: moto-serial.py HOST PORT
"""

import os
import sys

from moto.moto_server.threaded_moto_server import MotoRequestHandler
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import run_simple

host, port = sys.argv[1], int(sys.argv[2])
os.environ.setdefault("MOTO_PORT", str(port))
app = DomainDispatcherApplication(create_backend_app)
run_simple(host, port, app, threaded=False, request_handler=MotoRequestHandler)
