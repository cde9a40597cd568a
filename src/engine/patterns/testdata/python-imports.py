# ruleid: pickle-import
from pickle import loads
# ruleid: pickle-import
from pickle import dumps, loads as unpickle
# ruleid: pickle-import
import pickle.loads.inner
# ok: pickle-import
from pickle import dumps
# ok: pickle-import
from .pickle import loads
# ok: pickle-import
import pickle

# ruleid: from-import-equivalence
import yaml.load
# ruleid: from-import-equivalence
from yaml import (dump, load)
# ok: from-import-equivalence
from yaml import safe_load

from subprocess import *
# ruleid: wildcard-qualified
getoutput(cmd)
# ruleid: wildcard-qualified
subprocess.getoutput(cmd)
# ok: wildcard-qualified
check_output(cmd)
