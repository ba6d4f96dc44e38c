#!/usr/bin/env python3
"""Writes a province's quality objectives and measurements as its agencies keep them: one folder
per agency and year (DIR/<agency>/<year>/objectives.yaml, measurements.yaml and, for a Sở, its
departments' own files), for `qobj check` and `qobj report` over many agencies at once.

The agencies are the province's departments (Sở), districts (UBND huyện) and communes (UBND xã);
their objectives are those every agency's ISO 9001 system has (the seeds' wording): on-time
administrative procedures, no nonconforming output, satisfaction surveys, training, internal
audits, the management review by a deadline, the budget revenue of a district. Figures are drawn
from a seeded generator, so the same arguments always write the same bytes: some agencies miss
a target, some record nothing for one, a few have no folder for the last year or no
measurements in it.

Usage: generate_province.py DIR [--agencies N] [--years 2020,2021] [--seed S]"""
import argparse
import pathlib
import random

DEPARTMENTS = [
    ("so-tu-phap", "Sở Tư pháp"), ("so-noi-vu", "Sở Nội vụ"), ("so-tai-chinh", "Sở Tài chính"),
    ("so-ngoai-vu", "Sở Ngoại vụ"), ("so-xay-dung", "Sở Xây dựng"),
    ("so-y-te", "Sở Y tế"), ("so-giao-thong-van-tai", "Sở Giao thông vận tải"),
    ("so-ke-hoach-va-dau-tu", "Sở Kế hoạch và Đầu tư"),
    ("so-tai-nguyen-va-moi-truong", "Sở Tài nguyên và Môi trường"),
    ("so-nong-nghiep-va-phat-trien-nong-thon", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("so-giao-duc-va-dao-tao", "Sở Giáo dục và Đào tạo"),
    ("so-lao-dong-thuong-binh-va-xa-hoi", "Sở Lao động - Thương binh và Xã hội"),
    ("so-van-hoa-the-thao-va-du-lich", "Sở Văn hóa, Thể thao và Du lịch"),
    ("so-khoa-hoc-va-cong-nghe", "Sở Khoa học và Công nghệ"),
    ("so-thong-tin-va-truyen-thong", "Sở Thông tin và Truyền thông"),
    ("thanh-tra-tinh", "Thanh tra tỉnh"), ("ban-dan-toc", "Ban Dân tộc"),
    ("van-phong-ubnd-tinh", "Văn phòng UBND tỉnh"),
]
DISTRICTS = [
    ("dak-ha", "Đắk Hà"), ("dak-to", "Đắk Tô"), ("ngoc-hoi", "Ngọc Hồi"), ("sa-thay", "Sa Thầy"),
    ("kon-ray", "Kon Rẫy"), ("kon-plong", "Kon Plông"), ("tu-mo-rong", "Tu Mơ Rông"),
    ("dak-glei", "Đắk Glei"), ("ia-h-drai", "Ia H'Drai"), ("kon-tum", "Kon Tum"),
]
COMMUNE_NAMES = [
    ("ha-mon", "Hà Mòn"), ("ngok-wang", "Ngọk Wang"), ("dak-mar", "Đắk Mar"),
    ("dak-ui", "Đắk Ui"), ("dak-hring", "Đắk Hring"), ("dak-la", "Đắk La"),
    ("dak-pxi", "Đắk Pxi"), ("ngok-reo", "Ngọk Réo"), ("tan-canh", "Tân Cảnh"),
    ("diên-binh", "Diên Bình"), ("pô-kô", "Pô Kô"), ("kon-dao", "Kon Đào"), ("van-lem", "Văn Lem"),
    ("dak-trăm", "Đắk Trăm"), ("bo-y", "Bờ Y"), ("dak-duc", "Đắk Dục"), ("dak-nong", "Đắk Nông"),
    ("sa-loong", "Sa Loong"), ("ro-koi", "Rờ Kơi"), ("mo-ray", "Mô Rai"), ("ya-ly", "Ya Ly"),
    ("ya-xier", "Ya Xiêr"), ("ya-tang", "Ya Tăng"), ("sa-binh", "Sa Bình"), ("sa-nghia", "Sa Nghĩa"),
    ("dak-ruong", "Đắk Ruồng"), ("dak-to-re", "Đắk Tờ Re"), ("tan-lap", "Tân Lập"),
    ("dak-kot", "Đắk Kôi"), ("hieu", "Hiếu"), ("mang-canh", "Măng Cành"), ("ngok-tem", "Ngọk Tem"),
]
UNITS = [("van-phong", "Văn phòng"), ("bo-phan-mot-cua", "Bộ phận Một cửa")]
TRAINING = [
    ("qlnn-chuyen-vien", "Bồi dưỡng quản lý nhà nước ngạch chuyên viên"),
    ("ly-luan-chinh-tri", "Trung cấp lý luận chính trị"),
    ("chuyen-doi-so", "Bồi dưỡng kỹ năng chuyển đổi số"),
    ("iso-9001", "Đào tạo nhận thức TCVN ISO 9001:2015"),
]


def ascii_id(text):
    """The id as the schemas want it: lowercase ASCII words joined by hyphens."""
    plain = {"ê": "e", "ô": "o", "ă": "a"}
    return "".join(plain.get(c, c) for c in text)


def agencies(count):
    """The province's agencies, its departments and districts spread among the communes under
    them, as an overseer's list mixes them: a Sở, a huyện, then two xã, and again."""
    departments = [(i, n, "so") for i, n in DEPARTMENTS]
    districts = [(f"ubnd-huyen-{i}", f"UBND huyện {n}", "huyen") for i, n in DISTRICTS]

    def communes():
        n = 0
        while True:
            # Each (commune, district) pair once in 160; then a second round, numbered.
            district = DISTRICTS[n % len(DISTRICTS)]
            commune = COMMUNE_NAMES[n % len(COMMUNE_NAMES)]
            round_ = n // 160
            suffix = f"-{round_ + 1}" if round_ else ""
            yield (ascii_id(f"ubnd-xa-{commune[0]}-{district[0]}{suffix}"),
                   f"UBND xã {commune[1]}{' ' + str(round_ + 1) if round_ else ''}, huyện {district[1]}",
                   "xa")
            n += 1

    sources = {"so": iter(departments), "huyen": iter(districts), "xa": communes()}
    out = []
    while len(out) < count:
        for kind in ("so", "huyen", "xa", "xa"):
            agency = next(sources[kind], None)
            if agency and len(out) < count:
                out.append(agency)
    return out


def q(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


class Agency:
    def __init__(self, rng, agency_id, name, kind, year):
        self.rng, self.id, self.name, self.kind, self.year = rng, agency_id, name, kind, year
        self.on_time_goal = rng.choice([95, 98, 100]) if kind != "xa" else rng.choice([90, 95])
        # A district's budget: its own size (drawn once per agency), planned 8% up a year.
        own = random.Random(f"revenue/{agency_id}")
        self.revenue = round(own.randrange(40, 900) * 10 * 1.08 ** (year - 2020))

    def on_time_text(self):
        if self.on_time_goal == 100:
            return "100% hồ sơ giải quyết trước, đúng hạn"
        return f"Từ {self.on_time_goal}% hồ sơ trở lên giải quyết trước, đúng hạn"

    def objectives(self, units):
        y, r = self.year, []
        r += ["# yaml-language-server: $schema=../../../schemas/objectives.schema.json",
              f"# Mục tiêu chất lượng năm {y} của {self.name} (generated by bench/generate_province.py).",
              "format: qobj/objectives", "version: 1", "agency:", f"  id: {self.id}",
              f"  name: {self.name}", f"year: {y}", "standard: TCVN ISO 9001:2015"]
        if units:
            r.append("units:")
            r += [f"  - {{id: {i}, name: {n}}}" for i, n in UNITS]
        r += ["document:", f"  title: MỤC TIÊU CHẤT LƯỢNG NĂM {y}",
              "  signer: {title: " + ("GIÁM ĐỐC" if self.kind == "so" else "CHỦ TỊCH") +
              f", name: {q('Nguyễn Văn ' + self.id.split('-')[-1].capitalize())}}}",
              "objectives:"]
        def plan(action, who, evaluation):
            return (f"    plan: {{actions: [{q(action)}], resources: [{q('Cán bộ, công chức được phân công')}], "
                    f"responsible: {q(who)}, due: {y}-12-31, evaluation: {q(evaluation)}}}")
        r += ["  - id: MT1", "    title: Áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng "
              "theo TCVN ISO 9001:2015",
              plan("Duy trì, cập nhật quy trình ISO", "Thư ký ISO", "Báo cáo xem xét của lãnh đạo"),
              "    targets:",
              "      - {id: duy-tri, text: Duy trì và cải tiến HTQLCL, kind: yes-no}",
              "      - {id: khong-sp-khong-phu-hop, text: Không có sản phẩm không phù hợp, kind: zero-count}"]
        r += ["  - id: MT2", "    title: Giải quyết thủ tục hành chính cho tổ chức, cá nhân trước, đúng hạn",
              plan("Theo dõi hằng tuần hồ sơ sắp đến hạn trên hệ thống một cửa điện tử",
                   "Văn phòng", "Báo cáo tháng của hệ thống một cửa"), "    targets:",
              f"      - {{id: dung-han, text: {q(self.on_time_text())}, "
              f"kind: percentage, comparison: at-least, value: {self.on_time_goal}}}"]
        r += ["  - id: MT3", "    title: Mức độ hài lòng của tổ chức, cá nhân",
              plan("Khảo sát bằng phiếu tại Bộ phận Một cửa", "Văn phòng", "Kết quả khảo sát năm"),
              "    targets:",
              "      - {id: hai-long, text: Trên 90% phiếu hài lòng trở lên, kind: survey, "
              "scale: {min: 1, max: 5}, measure: share-at-least, level: 4, comparison: at-least, value: 90}"]
        r += ["  - id: MT4", "    title: Đào tạo, bồi dưỡng cán bộ, công chức theo kế hoạch",
              plan("Cử cán bộ tham gia các lớp theo kế hoạch", "Phòng Tổ chức", "Danh sách hoàn thành"),
              "    targets:",
              "      - {id: theo-ke-hoach, text: 100% cán bộ trong kế hoạch được đào tạo, kind: checklist, "
              "comparison: at-least, value: 100}"]
        r += ["  - id: MT5", "    title: Đánh giá nội bộ Hệ thống quản lý chất lượng",
              plan("Lập kế hoạch và tiến hành đánh giá nội bộ", "Thư ký ISO", "Báo cáo đánh giá nội bộ"),
              "    targets:",
              "      - {id: danh-gia-noi-bo, text: Ít nhất 01 lần/năm, kind: frequency, value: 1, per: year}"]
        r += ["  - id: MT6", "    title: Xem xét của lãnh đạo",
              plan("Tổ chức họp xem xét của lãnh đạo", "Thư ký ISO", "Biên bản họp xem xét"),
              "    targets:",
              f"      - {{id: hoan-thanh, text: Hoàn thành trước ngày 15/12/{y}, kind: deadline, due: {y}-12-15}}"]
        if self.kind == "huyen":
            r += ["  - id: MT7", "    title: Thu ngân sách nhà nước trên địa bàn",
                  plan("Chống thất thu, đôn đốc nộp ngân sách", "Phòng Tài chính - Kế hoạch",
                       "Báo cáo thu ngân sách quý"),
                  "    targets:",
                  f"      - {{id: gia-tri, text: Đạt {self.revenue} tỷ đồng, kind: amount, "
                  f"comparison: at-least, value: {self.revenue}, unit: tỷ đồng}}",
                  f"      - {{id: tang-truong, text: Tăng 8% so với năm {y - 1}, kind: growth, "
                  f"baseline_year: {y - 1}, comparison: at-least, value: 8}}"]
        r.append("")
        return "\n".join(r)

    def unit_objectives(self, unit):
        y = self.year
        return "\n".join([
            "# yaml-language-server: $schema=../../../schemas/objectives.schema.json",
            "format: qobj/objectives", "version: 1", "agency:", f"  id: {self.id}",
            f"  name: {self.name}", f"unit: {unit[0]}", f"year: {y}", "objectives:",
            f"  - id: {unit[0].upper()}-MT1", "    parent: MT2", f"    unit: {unit[0]}",
            f"    title: {unit[1]} giải quyết hồ sơ được giao trước, đúng hạn",
            f"    plan: {{actions: [{q('Theo dõi hồ sơ được giao hằng ngày')}], resources: [{q('Chuyên viên thụ lý')}], "
            f"responsible: {q('Trưởng ' + unit[1].lower())}, due: {y}-12-31, evaluation: {q('Báo cáo tháng')}}}",
            "    targets:",
            "      - {id: dung-han, text: \"100% hồ sơ trước, đúng hạn\", kind: percentage, "
            "comparison: at-least, value: 100}", ""])

    def measurements(self, units):
        rng, y, r = self.rng, self.year, []
        r += ["# yaml-language-server: $schema=../../../schemas/measurements.schema.json",
              "format: qobj/measurements", "version: 1", f"agency: {self.id}", f"year: {y}",
              "source: Báo cáo tháng của Văn phòng", "records:"]
        r.append(f"  - {{target: MT1/duy-tri, period: {y}, done: true, evidence: Báo cáo đánh giá nội bộ năm {y}}}")
        for quarter in range(1, 5):
            count = 0 if rng.random() < 0.9 else rng.randrange(1, 3)
            r.append(f"  - {{target: MT1/khong-sp-khong-phu-hop, period: {y}-Q{quarter}, count: {count}}}")
        late_rate = rng.choice([0, 0, 0.002, 0.01, 0.03, 0.06])
        for month in range(1, 13):
            received = rng.randrange(40, 1500)
            late = sum(1 for _ in range(received) if rng.random() < late_rate)
            note = f", note: {q(f'{late:02d} hồ sơ trễ hạn do bổ sung giấy tờ')}" if late else ""
            r.append(f"  - {{target: MT2/dung-han, period: {y}-{month:02d}, numerator: {received - late}, "
                     f"denominator: {received}, source: Hệ thống thông tin giải quyết TTHC tỉnh{note}}}")
            for unit, _ in units:
                part = received // 3
                r.append(f"  - {{target: {unit.upper()}-MT1/dung-han, period: {y}-{month:02d}, "
                         f"numerator: {part - (late if unit == 'bo-phan-mot-cua' else 0) // 2}, denominator: {part}}}")
        if rng.random() < 0.92:  # a few have not surveyed yet
            responses = rng.randrange(80, 400)
            high = int(responses * rng.uniform(0.84, 0.99))
            low = responses - high
            r.append(f"  - {{target: MT3/hai-long, period: {y}, ratings: {{\"2\": {low // 3}, \"3\": {low - low // 3}, "
                     f"\"4\": {high // 2}, \"5\": {high - high // 2}}}, responses: {responses}}}")
        items = [f"      - {{id: {i}, name: {n}, done: {'true' if rng.random() < 0.93 else 'false'}}}"
                 for i, n in TRAINING[: rng.randrange(2, len(TRAINING) + 1)]]
        r += [f"  - target: MT4/theo-ke-hoach", f"    period: {y}", "    items:"] + items
        if rng.random() < 0.95:
            day = rng.randrange(1, 28)
            r.append(f"  - {{target: MT5/danh-gia-noi-bo, period: {y}, events: "
                     f"[{{date: {y}-10-{day:02d}, description: Đánh giá nội bộ HTQLCL năm {y}}}]}}")
        done = rng.choice([f"{y}-12-{rng.randrange(1, 15):02d}"] * 5 + [f"{y}-12-{rng.randrange(16, 31):02d}"])
        r.append(f"  - {{target: MT6/hoan-thanh, date: {done}, completed: {done}}}")
        if self.kind == "huyen":
            share = rng.uniform(0.9, 1.2) * self.revenue / 4
            for quarter in range(1, 5):
                r.append(f"  - {{target: MT7/gia-tri, period: {y}-Q{quarter}, value: {share * rng.uniform(0.9, 1.1):.1f}}}")
            r += ["baselines:", f"  - {{target: MT7/tang-truong, year: {y - 1}, "
                  f"value: {self.revenue / rng.uniform(1.02, 1.15):.1f}, source: Báo cáo quyết toán năm {y - 1}}}"]
        r.append("")
        return "\n".join(r)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--agencies", type=int, default=500)
    parser.add_argument("--years", default="2020,2021")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    years = [int(y) for y in args.years.split(",")]
    root = pathlib.Path(args.dir)
    total = 0
    for index, (agency_id, name, kind) in enumerate(agencies(args.agencies)):
        # A few agencies have no folder for the last year, a few no measurements in it.
        missing_year = index % 33 == 7
        missing_measurements = index % 50 == 11
        for year in years:
            if year == years[-1] and missing_year and len(years) > 1:
                continue
            folder = root / agency_id / str(year)
            folder.mkdir(parents=True, exist_ok=True)
            agency = Agency(random.Random(f"{args.seed}/{agency_id}/{year}"), agency_id, name, kind, year)
            units = UNITS if kind == "so" else []
            files = {"objectives.yaml": agency.objectives(units)}
            if not (year == years[-1] and missing_measurements):
                files["measurements.yaml"] = agency.measurements(units)
            for unit in units:
                files[f"{unit[0]}.yaml"] = agency.unit_objectives(unit)
            for file, text in files.items():
                (folder / file).write_text(text, encoding="utf-8")
                total += len(text.encode("utf-8"))
    print(f"{args.agencies} agencies, years {args.years}: {total / 1e6:.1f} MB in {root}")


if __name__ == "__main__":
    main()
