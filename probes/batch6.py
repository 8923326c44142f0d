"""Look-alikes for the 'X and Name' cue (written before running)."""
import importlib.util, pathlib
_s = importlib.util.spec_from_file_location("b2", pathlib.Path(__file__).with_name("batch2.py")); b2 = importlib.util.module_from_spec(_s); _s.loader.exec_module(b2)
ty = b2.ty
P = []
def add(pid, expect, pair): P.append((pid, expect, pair[0], pair[1]))
add("x-reserach-dev", "err:FL401", ty("Reserach and Development at your firm clearly matters a lot."))
add("x-recieved-and", "err:FL401", ty("Recieved and Reviewed the case study, and I have some thoughts."))
add("x-comunication-and", "err:FL401", ty("Comunication and Teamwork were both themes of our talk."))
add("g-chidi-and", "ok", ty("Chidi and Aigerim explained the shift pattern clearly."))
add("g-siobhan-and", "ok", ty("Siobhan & Tadhg gave me a great tour of the kitchen."))
add("g-eoin-and", "ok", ty("Eoin and Nkechi were both very generous with their time."))
