"""Look-alikes for FL313's third party with a modifier (written before running)."""
import importlib.util, pathlib
_s = importlib.util.spec_from_file_location("b2", pathlib.Path(__file__).with_name("batch2.py")); b2 = importlib.util.module_from_spec(_s); _s.loader.exec_module(b2)
ty = b2.ty
P = []
def add(pid, expect, pair): P.append((pid, expect, pair[0], pair[1]))
add("g-other-referee", "ok", ty("I am still waiting to hear back from my other referee, so I can send a third contact if that helps."))
add("g-local-council", "ok", ty("I am still waiting for a reply from the local council about my parking permit, but it won't affect my start date."))
add("g-phd-uni", "ok", ty("I haven't heard back from my old university yet about the transcript, and I will forward it when it arrives."))
add("x-your-team", "err:FL313", ty("I am still waiting for a reply from your recruitment team."))
add("x-hear-back", "err:FL313", ty("I am still waiting to hear back, as I mentioned on Monday."))
add("x-from-you-two", "err:FL313", ty("I'm still waiting to hear back from you two about the offer."))
add("x-hr-dept", "err:FL313", ty("I'm still waiting for a reply from the busy HR department."))
