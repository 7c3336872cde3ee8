"""The geoparsing suites' reading and scoring rules, on small hand-made gold files."""

from __future__ import annotations

import pytest

from dyad.eval import geo
from dyad.eval.base import Coder
from dyad.eval.geo import CountryOfGold, GoldToponym, km_between, load_gold, score

TEXT = "Officials met in Moscow on Monday. Later they flew to Beijing and then to Atlantis."

GWN = f"""<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><text>{TEXT}</text><toponyms>
<toponym><extractedName>Moscow</extractedName><type>Literal</type><start>17</start><end>23</end>
<geonamesID>524901</geonamesID><latitude>55.75</latitude><longitude>37.62</longitude></toponym>
<toponym><extractedName>Beijing</extractedName><type>Literal</type><start>54</start><end>61</end>
<geonamesID>1816670</geonamesID><latitude>39.91</latitude><longitude>116.40</longitude></toponym>
<toponym><extractedName>Atlantis</extractedName><type>Literal</type><start>74</start><end>82</end>
<geonamesID/><latitude>10.0</latitude><longitude>-30.0</longitude></toponym>
<toponym><extractedName>Officials</extractedName><type>Non_Lit_Expression</type>
<start>0</start><end>9</end></toponym>
</toponyms></article></articles>
"""

GEOVIRUS = """<articles><article><source>s</source><text>Cases rose across Africa.</text>
<locations><location><name>Africa</name><start>18</start><end>24</end><lat>7.19</lat>
<lon>21.09</lon><page>https://en.wikipedia.org/wiki/Africa</page></location></locations>
</article></articles>
"""


def test_gwn_scores_only_toponyms_with_coordinates(tmp_path):
    path = tmp_path / "gwn.xml"
    path.write_text(GWN, encoding="utf-8")
    [article] = load_gold(path, geo.GWN)
    assert [t.name for t in article.toponyms] == ["Moscow", "Beijing", "Atlantis"]
    assert article.toponyms[0].geonameid == 524901 and article.toponyms[2].geonameid is None


def test_geovirus_keeps_the_wikipedia_page_title(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(GEOVIRUS, encoding="utf-8")
    [article] = load_gold(path, geo.GEOVIRUS)
    assert article.toponyms[0].page == "Africa"


def test_distances_are_great_circle_kilometres():
    assert km_between(55.75, 37.62, 39.91, 116.40) == pytest.approx(5800, rel=0.02)
    assert km_between(1.0, 1.0, 1.0, 1.0) == 0.0


def test_gold_country_comes_from_the_id_then_the_nearest_city_and_never_for_a_continent():
    country_of = CountryOfGold()
    assert country_of(GoldToponym(0, 1, "Moscow", 0.0, 0.0, 524901)) == "RUS"
    assert country_of(GoldToponym(0, 1, "Lyon", 45.76, 4.84, None)) == "FRA"
    assert country_of(GoldToponym(0, 1, "Africa", 7.19, 21.09, None, "Africa")) is None


@pytest.mark.model
def test_found_toponyms_are_matched_and_resolved_ones_scored(tmp_path):
    path = tmp_path / "gwn.xml"
    path.write_text(GWN, encoding="utf-8")
    result = score("gwn", load_gold(path, geo.GWN), Coder())
    m = result.metrics
    assert m["toponym_recall"] == pytest.approx(2 / 3)  # Atlantis is in no gazetteer
    assert m["toponym_precision"] == 1.0
    assert m["geonames_id_accuracy"] == 1.0 and m["country_accuracy"] == 1.0
    assert m["within_161km"] == 1.0
    assert [c.got for c in result.cases] == ["not found"]
