"""Fill ``app/ui/i18n/somat_en.ts`` with the English translations below (by source text).

    .venv/bin/python -m app.ui.i18n.build --update   # extract new strings
    .venv/bin/python scripts/i18n_fill_en.py          # fill them; lists sources still without English
    .venv/bin/python -m app.ui.i18n.build             # compile to .qm

Only unfinished entries are filled (empty ones, and those lupdate guessed from the same text in another
context), so finished hand edits made in Qt Linguist are kept. Placeholders ({name}) must stay as they are;
the script checks that. The English of the pages and dialogs is in ``i18n_en_pages.py``.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from i18n_en_pages import EN as PAGES_EN, EN_BY_CONTEXT  # the module next to this script

TS = Path(__file__).resolve().parent.parent / "app" / "ui" / "i18n" / "somat_en.ts"

EN = {
    # app
    "Lỗi chương trình": "Program error",
    "Sổ Mật gặp lỗi ngoài dự kiến. Thao tác vừa rồi có thể chưa hoàn tất; dữ liệu đã lưu trước đó không bị ảnh hưởng.":
        "Sổ Mật hit an unexpected error. The last action may not have completed; data saved earlier is not affected.",
    "Hãy kiểm tra lại việc vừa làm. Nếu lỗi lặp lại, báo cán bộ quản trị và gửi kèm tệp nhật ký chương trình: {path}":
        "Check what you just did. If the error happens again, tell the administrator and send the program log file: "
        "{path}",
    # audit
    "Lọc theo người thực hiện, hành động hoặc chi tiết…": "Filter by user, action or details…",
    "Kiểm tra chuỗi": "Verify chain",
    "Tính lại mã băm của mọi bản ghi để phát hiện sửa, xóa hoặc cắt bớt nhật ký.":
        "Recompute the hash of every entry to detect edited, deleted or truncated log entries.",
    "<h2>Nhật ký</h2>Mọi thao tác được ghi lại, không sửa, không xóa được; mỗi bản ghi nối với bản ghi trước bằng mã băm.":
        "<h2>Audit log</h2>Every action is recorded and cannot be edited or deleted; each entry is chained to the "
        "previous one by a hash.",
    "Đang kiểm tra chuỗi nhật ký…": "Verifying the audit chain…",
    "Chuỗi nhật ký nguyên vẹn: {n} bản ghi, khớp với bản lưu ngoài cơ sở dữ liệu.":
        "The audit chain is intact: {n} entries, matching the copy kept outside the database.",
    " (bản ghi số {id})": " (entry no. {id})",
    "Nhật ký KHÔNG nguyên vẹn{where}: {reason}. Không sửa gì thêm; báo ngay cán bộ bảo mật và người đứng đầu cơ quan.":
        "The audit log is NOT intact{where}: {reason}. Change nothing else; report it at once to the security officer "
        "and the head of the agency.",
    # dashboard
    "Phần cảnh báo chưa có trong phiên bản này.": "Alerts are not available in this version.",
    "Chưa kiểm tra máy tính này.": "This computer has not been checked yet.",
    "Vi phạm / ghi nhận": "Violation / observation",
    "Căn cứ pháp lý": "Legal basis",
    "Kiểm tra lại máy": "Check the computer again",
    "Máy tính này": "This computer",
    "Hạn": "Due",
    "Loại": "Type",
    "Nội dung": "Details",
    "Việc cần làm và cảnh báo": "To do and alerts",
    "Số văn bản mật trong năm": "Classified documents this year",
    "<h2>Tổng quan</h2>": "<h2>Overview</h2>",
    "Không có việc nào đến hạn.": "Nothing is due.",
    "{n} việc cần xử lý, sắp theo hạn.": "{n} items to handle, by due date.",
    "Cộng": "Total",
    "Theo độ mật, năm {year}": "By classification level, {year}",
    "Đang kiểm tra máy tính…": "Checking the computer…",
    "Không kiểm tra được máy: {e} Coi như máy chưa đạt; không soạn thảo BMNN cho đến khi kiểm tra lại thành công.":
        "The computer could not be checked: {e} Treat it as not compliant; do not draft state secrets until a check "
        "succeeds.",
    "Máy đạt yêu cầu soạn thảo BMNN, có {n} cảnh báo cần xem xét bên dưới (kiểm tra lúc {when}).":
        "The computer meets the requirements for drafting state secrets, with {n} warning(s) to review below "
        "(checked at {when}).",
    "Máy đạt yêu cầu soạn thảo BMNN (kiểm tra lúc {when}).":
        "The computer meets the requirements for drafting state secrets (checked at {when}).",
    "Máy KHÔNG đạt yêu cầu (kiểm tra lúc {when}): {n} vi phạm phải khắc phục trước khi soạn thảo BMNN.":
        "The computer does NOT meet the requirements (checked at {when}): {n} violation(s) must be fixed before "
        "drafting state secrets.",
    # first run
    "Quá ngắn: cần ít nhất {n} ký tự.": "Too short: at least {n} characters are needed.",
    "Mạnh.": "Strong.",
    "Tạm được. Dài hơn (12 ký tự trở lên) hoặc thêm chữ hoa, số, ký hiệu sẽ an toàn hơn.":
        "Acceptable. Longer (12 characters or more) or with capitals, digits and symbols would be safer.",
    "Yếu: nên trộn chữ hoa, chữ thường, số và ký hiệu.": "Weak: mix capitals, lower case, digits and symbols.",
    "Cơ quan sử dụng sổ": "Agency using the register",
    "Tên cơ quan in trên sổ đăng ký và các biên bản.": "The agency name printed on the registers and records.",
    "Ví dụ: Đồng Nai": "For example: Đồng Nai",
    "Tên cơ quan, tổ chức:": "Agency or organisation:",
    "Cơ quan chủ quản cấp trên:": "Superior body:",
    "Địa danh:": "Place name:",
    "Cấp:": "Level:",
    "Quản trị viên đầu tiên": "First administrator",
    "Người này mở sổ lần đầu và cấp tài khoản cho người khác. Mật khẩu không thể khôi phục; nếu quên, chỉ mã khôi phục ở bước sau mở được sổ.":
        "This person opens the register first and creates accounts for others. The password cannot be recovered; "
        "if it is forgotten, only the recovery code from the next step can open the register.",
    "Tạo sổ": "Create register",
    "Tên đăng nhập:": "User name:",
    "Họ và tên:": "Full name:",
    "Mật khẩu:": "Password:",
    "Nhập lại mật khẩu:": "Repeat password:",
    "Hai lần nhập mật khẩu chưa giống nhau.": "The two passwords are not the same.",
    "Độ mạnh mật khẩu:": "Password strength:",
    "Mã khôi phục — chỉ hiện một lần": "Recovery code — shown only once",
    "Mã này mở được sổ khi mọi mật khẩu bị quên. In hoặc chép tay, niêm phong và giao người đứng đầu cơ quan cất giữ như tài liệu mật. Chương trình không lưu mã này.":
        "This code opens the register when every password is forgotten. Print it or copy it by hand, seal it and "
        "give it to the head of the agency to keep as a classified document. The program does not store this code.",
    "In mã khôi phục…": "Print recovery code…",
    "Tôi đã in hoặc chép mã khôi phục và cất ở nơi an toàn.":
        "I have printed or copied the recovery code and stored it in a safe place.",
    "Để chắc chắn mã đã được ghi lại đúng, hãy nhìn vào bản đã in hoặc chép tay và gõ lại nhóm thứ 3 và nhóm thứ 7 của mã (cách nhau bằng dấu cách):":
        "To make sure the code was written down correctly, look at the printed or handwritten copy and type groups "
        "3 and 7 of the code (separated by a space):",
    "<h2>Sổ Mật — mã khôi phục</h2><p>Cơ quan: {agency}</p><p>Tệp sổ: {path}</p><h1 style='font-family:monospace'>{code}</h1><p>Ngày tạo: {day}</p><p>Cất giữ như tài liệu mật. Chỉ người đứng đầu cơ quan được sử dụng.</p>":
        "<h2>Sổ Mật — recovery code</h2><p>Agency: {agency}</p><p>Register file: {path}</p>"
        "<h1 style='font-family:monospace'>{code}</h1><p>Created on: {day}</p><p>Keep as a classified document. "
        "Only the head of the agency may use it.</p>",
    "Máy soạn thảo BMNN phải được kiểm tra và dán tem an toàn an ninh thông tin. Có thể bổ sung sau ở trang «Máy tính & USB».":
        "A computer used to draft state secrets must be inspected and carry an information-security seal. This can "
        "be added later on the “Computers & USB” page.",
    "Số in trên tem": "Number printed on the seal",
    "Ví dụ: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao":
        "For example: Cyber Security and High-Tech Crime Prevention Division",
    "(không đọc được)": "(could not be read)",
    "Tên máy:": "Computer name:",
    "Số tem an toàn:": "Security seal number:",
    "Ngày kiểm tra:": "Inspection date:",
    "Đơn vị kiểm tra:": "Inspected by:",
    "Vị trí đặt máy:": "Location:",
    "Mã định danh máy:": "Machine ID:",
    "USB an toàn được phép dùng": "Approved secure USB drives",
    "Cắm các USB an toàn đã được cấp, bấm «Làm mới» và đánh dấu từng chiếc. USB không có trong danh sách sẽ làm máy không đạt khi kiểm tra.":
        "Plug in the secure USB drives that were issued, press “Refresh” and tick each one. A USB drive not on the "
        "list makes the computer fail its check.",
    "Làm mới": "Refresh",
    "Không thấy USB nào đang cắm.": "No USB drive is plugged in.",
    "Đang cắm {n} USB.": "{n} USB drive(s) plugged in.",
    "Không đọc được danh sách USB đang cắm: {e}": "Could not read the list of plugged-in USB drives: {e}",
    "Sổ Mật {version} — thiết lập lần đầu": "Sổ Mật {version} — first-time setup",
    "Tiếp >": "Next >",
    "< Quay lại": "< Back",
    "Hoàn tất": "Finish",
    "Hủy": "Cancel",
    "Đang tạo sổ mã hóa…": "Creating the encrypted register…",
    "Có thể bổ sung sau ở trang «Máy tính & USB».": "This can be added later on the “Computers & USB” page.",
    "Đóng khi chưa xác nhận mã khôi phục?": "Close without confirming the recovery code?",
    "Mã khôi phục sẽ không bao giờ hiện lại. Nếu quên mật khẩu quản trị mà không có mã này, sổ không thể mở được nữa.":
        "The recovery code will never be shown again. If the administrator password is forgotten and this code is "
        "lost, the register can never be opened again.",
    "Vẫn đóng": "Close anyway",
    # lock
    "Sổ Mật đã được khóa theo yêu cầu.": "Sổ Mật was locked on request.",
    "Sổ Mật đã tự khóa vì không có thao tác trong {minutes} phút.":
        "Sổ Mật locked itself after {minutes} minutes without activity.",
    "Sổ Mật đã khóa vì phát hiện thay đổi phần cứng: {what} Hãy rút cáp mạng, tắt Wi-Fi hoặc tháo thiết bị USB chưa được phê duyệt, rồi nhập lại mật khẩu.":
        "Sổ Mật locked because a hardware change was detected: {what} Unplug the network cable, turn off Wi-Fi or "
        "remove the unapproved USB device, then enter your password again.",
    # machines
    "Sửa thông tin máy": "Edit computer details",
    "Đăng ký máy này": "Register this computer",
    "Lưu": "Save",
    "Thêm USB an toàn từ các USB đang cắm": "Add secure USB drives from those plugged in",
    "Ví dụ: Quyết định cấp số 12/QĐ-BCY ngày 05/3/2025": "For example: Allocation decision 12/QĐ-BCY of 05/3/2025",
    "Đánh dấu USB an toàn được cấp cho cơ quan:": "Tick the secure USB drives issued to the agency:",
    "Không thấy USB nào đang cắm. Cắm USB an toàn rồi mở lại hộp thoại này.":
        "No USB drive is plugged in. Plug in the secure USB drive and open this dialog again.",
    "Quyết định cấp:": "Allocation decision:",
    "Thêm vào danh sách": "Add to the list",
    "Tên máy": "Computer name",
    "Số tem": "Seal number",
    "Ngày kiểm tra": "Inspection date",
    "Đơn vị kiểm tra": "Inspected by",
    "Mã định danh": "Machine ID",
    "Vị trí": "Location",
    "Trạng thái": "Status",
    "Đăng ký máy này…": "Register this computer…",
    "Sửa…": "Edit…",
    "Hãng": "Manufacturer",
    "Sản phẩm": "Product",
    "Mã hãng:sản phẩm": "Vendor:product ID",
    "Số sê-ri": "Serial number",
    "Người giữ": "Holder",
    "Quyết định cấp": "Allocation decision",
    "Thêm từ USB đang cắm…": "Add from plugged-in USB…",
    "Thu hồi…": "Revoke…",
    "Thời điểm": "Time",
    "Máy": "Computer",
    "Kết quả": "Result",
    "Vi phạm": "Violations",
    "Mục đích": "Purpose",
    "Mã băm bằng chứng (SHA-256)": "Evidence hash (SHA-256)",
    "Máy soạn thảo": "Drafting computers",
    "USB an toàn": "Secure USB drives",
    "Lịch sử kiểm tra": "Check history",
    "<h2>Máy tính &amp; USB</h2>Máy soạn thảo BMNN phải được kiểm tra, dán tem an toàn; chỉ dùng USB an toàn được cấp.":
        "<h2>Computers &amp; USB</h2>Computers used to draft state secrets must be inspected and sealed; use only the "
        "secure USB drives issued.",
    "(chưa có tem)": "(no seal yet)",
    "Đang dùng": "In use",
    "Đã thôi dùng": "Retired",
    "Được phép": "Approved",
    "Đã thu hồi": "Revoked",
    "Đạt": "Passed",
    "Không đạt": "Failed",
    "Tự kiểm tra": "Self-check",
    "Kiểm tra": "Check",
    "Trước khi soạn thảo": "Before drafting",
    "Chưa chọn máy nào.": "No computer selected.",
    "Bấm vào một dòng trong bảng rồi bấm «Sửa…».": "Click a row in the table, then press “Edit…”.",
    "Chưa chọn USB nào.": "No USB drive selected.",
    "Bấm vào một dòng trong bảng rồi bấm «Thu hồi…».": "Click a row in the table, then press “Revoke…”.",
    "Thu hồi USB": "Revoke USB drive",
    "Lý do thu hồi (ghi vào nhật ký):": "Reason for revoking (recorded in the audit log):",
    "Cần ghi lý do thu hồi USB.": "Enter the reason for revoking the USB drive.",
    "Ví dụ: hỏng, mất, trả lại Ban Cơ yếu.": "For example: broken, lost, returned to the Government Cipher Committee.",
    "Thu hồi USB này?": "Revoke this USB drive?",
    "USB sẽ không còn được phép dùng trên máy soạn thảo: nếu còn cắm, lần kiểm tra sau máy sẽ không đạt. Việc thu hồi được ghi vào nhật ký.":
        "The USB drive will no longer be allowed on the drafting computer: if it is still plugged in, the next check "
        "will fail. The revocation is recorded in the audit log.",
    # main window
    "<h1>Sổ Mật đã khóa</h1>": "<h1>Sổ Mật is locked</h1>",
    "&Tệp": "&File",
    "&Khóa ngay": "&Lock now",
    "&Thoát": "&Quit",
    "&Trợ giúp": "&Help",
    "&Giới thiệu Sổ Mật": "&About Sổ Mật",
    "Giới thiệu Sổ Mật": "About Sổ Mật",
    "Sổ Mật, phiên bản {version}.\nSổ đăng ký và quản lý bí mật nhà nước trên máy soạn thảo không kết nối mạng.\nChế độ pháp lý đang áp dụng: {pack}.":
        "Sổ Mật, version {version}.\nRegisters and management of state secrets on an offline drafting computer.\n"
        "Legal regime in force: {pack}.",
    "Trang này chưa có trong phiên bản này của chương trình.": "This page is not part of this version of the program.",
    "Không mở được trang này do lỗi chương trình. Các trang khác vẫn dùng được; hãy báo cán bộ quản trị kèm tệp nhật ký.":
        "This page could not be opened because of a program error. The other pages still work; tell the "
        "administrator and send the log file.",
    "đã khóa": "locked",
    "Đang khôi phục sổ từ bản sao lưu «{name}»…": "Restoring the register from backup “{name}”…",
    "Đã khôi phục sổ từ bản sao lưu «{name}». Nhập mật khẩu để mở sổ.":
        "The register was restored from backup “{name}”. Enter your password to open it.",
    "Không khôi phục được: {e} Sổ hiện tại không bị thay đổi; nhập mật khẩu để mở lại.":
        "Could not restore: {e} The current register was not changed; enter your password to open it again.",
    "Đang khôi phục sổ…": "Restoring the register…",
    "Người dùng: {name}": "User: {name}",
    "Máy: chưa kiểm tra": "Computer: not checked",
    "Máy: đạt, có cảnh báo": "Computer: passed, with warnings",
    "Máy: đạt yêu cầu": "Computer: compliant",
    "Máy: KHÔNG đạt — {n} vi phạm": "Computer: NOT compliant — {n} violation(s)",
    # messages
    "Có, tiếp tục": "Yes, continue",
    "Không": "No",
    "Đã xảy ra lỗi ngoài dự kiến trong chương trình. Dữ liệu đã ghi trước đó không bị ảnh hưởng. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ quản trị kèm tệp nhật ký chương trình.":
        "An unexpected error occurred in the program. Data written earlier is not affected. Try again; if the error "
        "persists, tell the administrator and send the program log file.",
    "Không thực hiện được": "Could not be done",
    "Đóng": "Close",
    # pages
    "Tổng quan": "Overview",
    "Sổ đăng ký đến": "Incoming register",
    "Sổ đăng ký đi": "Outgoing register",
    "Soạn thảo": "Drafting",
    "Danh mục BMNN": "Secrets catalogue",
    "Cán bộ": "Staff",
    "Tiêu hủy": "Destruction",
    "Báo cáo": "Reports",
    "Máy tính & USB": "Computers & USB",
    "Nhật ký": "Audit log",
    "Cài đặt": "Settings",
    # recovery
    "Mở sổ bằng mã khôi phục": "Open the register with the recovery code",
    "Nhập mã khôi phục in trên giấy được cấp khi tạo sổ (do người đứng đầu cơ quan giữ): 9 nhóm, mỗi nhóm 5 ký tự. Có thể gõ chữ thường, cách nhau bằng dấu cách hoặc dấu gạch ngang.":
        "Enter the recovery code printed when the register was created (kept by the head of the agency): 9 groups "
        "of 5 characters. Lower case is fine, separated by spaces or dashes.",
    "Mở sổ": "Open register",
    "Mật khẩu mới:": "New password:",
    "Nhập lại mật khẩu mới:": "Repeat new password:",
    "Đặt mật khẩu và mở sổ": "Set password and open",
    "Đã nhập {n}/{total} ký tự: {groups}": "Typed {n}/{total} characters: {groups}",
    "Mã khôi phục có 45 ký tự (9 nhóm × 5); hiện đã nhập {n}. Kiểm tra lại từng nhóm.":
        "The recovery code has 45 characters (9 groups × 5); {n} typed so far. Check each group again.",
    "Đang kiểm tra mã khôi phục…": "Checking the recovery code…",
    "Đã mở sổ bằng mã khôi phục. Đặt mật khẩu mới cho tài khoản <b>{name}</b> (tên đăng nhập «{user}»), ít nhất {n} ký tự. Sổ chỉ mở sau khi đặt xong mật khẩu.":
        "The register was opened with the recovery code. Set a new password for <b>{name}</b> (user name “{user}”), "
        "at least {n} characters. The register opens only once the password is set.",
    "Mật khẩu mới phải có ít nhất {n} ký tự.": "The new password must have at least {n} characters.",
    "Hai lần nhập mật khẩu mới không khớp nhau.": "The two new passwords do not match.",
    "Đang đặt mật khẩu mới…": "Setting the new password…",
    # session
    "Sổ này đang được mở trong một cửa sổ Sổ Mật khác trên máy.":
        "This register is already open in another Sổ Mật window on this computer.",
    "Hãy chuyển sang cửa sổ Sổ Mật đang mở (xem thanh tác vụ), hoặc đóng nó rồi mở lại.":
        "Switch to the open Sổ Mật window (see the taskbar), or close it and open the register again.",
    "Sổ Mật đang chạy": "Sổ Mật is already running",
    # settings
    "nay": "present",
    "Cơ quan": "Agency",
    "Chế độ pháp lý (gói quy tắc)": "Legal regime (rule pack)",
    "Các chế độ có trong chương trình (hồ sơ cũ giữ chế độ lúc lập):":
        "Regimes in the program (older records keep the regime in force when they were made):",
    "Khóa tự động và ngôn ngữ": "Automatic lock and language",
    " phút": " min",
    "Tự khóa khi không thao tác sau:": "Lock automatically after no activity for:",
    "Ngôn ngữ giao diện:": "Interface language:",
    "Sao lưu": "Backup",
    "Bản sao lưu được mã hóa như sổ gốc; giữ 10 bản gần nhất. Thư mục: {path}":
        "Backups are encrypted like the register itself; the 10 most recent are kept. Folder: {path}",
    "Sao lưu ngay": "Back up now",
    "Khôi phục từ bản sao lưu…": "Restore from backup…",
    "<h2>Cài đặt</h2>": "<h2>Settings</h2>",
    "<b>Đang áp dụng: {name}</b><br>Hiệu lực từ {start} đến {end}.<br>Căn cứ:<ul>{texts}</ul>{basis}":
        "<b>In force: {name}</b><br>Effective from {start} to {end}.<br>Legal basis:<ul>{texts}</ul>{basis}",
    "Đã lưu: tự khóa sau {n} phút không thao tác.": "Saved: locks after {n} minutes without activity.",
    "Ngôn ngữ mới được áp dụng từ lần mở chương trình sau.": "The new language applies the next time the program starts.",
    "Chưa có bản sao lưu nào.": "No backups yet.",
    "Đang sao lưu sổ…": "Backing up the register…",
    "Đã sao lưu vào {path}.": "Backed up to {path}.",
    "Kiểm tra chỗ trống trên đĩa rồi thử lại.": "Check the free disk space and try again.",
    "Chọn bản sao lưu": "Choose a backup",
    "Khôi phục": "Restore",
    "Mật khẩu của {user} (để mở bản sao lưu):": "Password of {user} (to open the backup):",
    "Khôi phục sổ từ bản sao lưu?": "Restore the register from a backup?",
    "Sổ hiện tại sẽ được thay bằng bản sao lưu «{name}». Mọi thay đổi ghi sau thời điểm sao lưu sẽ mất (sổ hiện tại vẫn được sao lưu trước khi thay). Chương trình sẽ khóa và cần nhập lại mật khẩu.":
        "The current register will be replaced by backup “{name}”. Every change recorded after that backup will be "
        "lost (the current register is backed up first). The program will lock and ask for the password again.",
    "Có, khôi phục": "Yes, restore",
    # unlock
    "Chọn đúng tệp sổ của cơ quan (đuôi .somat) bằng nút «Chọn tệp khác…».":
        "Choose the agency's register file (ending in .somat) with the “Choose another file…” button.",
    "Mở khóa": "Unlock",
    "Quên mật khẩu? Mở bằng mã khôi phục": "Forgot your password? Open with the recovery code",
    "Nhập tên đăng nhập và mật khẩu.": "Enter your user name and password.",
    "Không tìm thấy tệp sổ.": "The register file was not found.",
    "Chọn tệp sổ bằng nút «Chọn tệp khác…».": "Choose the register file with the “Choose another file…” button.",
    "Đang kiểm tra mật khẩu…": "Checking the password…",
    "Có thể thử lại sau {s} giây.": "You can try again in {s} seconds.",
    "Mở Sổ Mật {version}": "Open Sổ Mật {version}",
    "<h2>Sổ Mật</h2>Sổ đăng ký và quản lý bí mật nhà nước": "<h2>Sổ Mật</h2>Registers and management of state secrets",
    "Chọn tệp khác…": "Choose another file…",
    "Thoát": "Quit",
    "(chưa chọn tệp)": "(no file chosen)",
    "Tệp sổ: {path}": "Register file: {path}",
    "Chọn tệp sổ": "Choose the register file",
    "Sổ Mật (*.somat);;Mọi tệp (*)": "Sổ Mật (*.somat);;All files (*)",
}

EN.update(PAGES_EN)

_CONTEXT = re.compile(r"(<context>\s*<name>)(.*?)(</name>.*?</context>)", re.S)
_MESSAGE = re.compile(r"<message>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_UNFINISHED = re.compile(r"<translation type=\"unfinished\">[^<]*</translation>")
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def english_for(context: str, source: str) -> str | None:
    return EN_BY_CONTEXT.get((context, source), EN.get(source))


def fill(text: str) -> tuple[str, list[str]]:
    """Fill every unfinished message (empty, or guessed by lupdate from the same text elsewhere)."""
    missing: list[str] = []

    def in_context(c: re.Match) -> str:
        context = html.unescape(c.group(2))

        def replace(m: re.Match) -> str:
            message = m.group(0)
            if not _UNFINISHED.search(message):
                return message
            source = html.unescape(_SOURCE.search(message).group(1))
            english = english_for(context, source)
            if english is None:
                missing.append(source)
                return message
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(english)):
                raise SystemExit(f"Placeholders differ: {source!r} → {english!r}")
            done = f"<translation>{html.escape(english, quote=False)}</translation>"
            return _UNFINISHED.sub(lambda _m: done, message)

        return c.group(1) + c.group(2) + _MESSAGE.sub(replace, c.group(3))

    return _CONTEXT.sub(in_context, text), missing


def main() -> int:
    text, missing = fill(TS.read_text(encoding="utf-8"))
    TS.write_text(text, encoding="utf-8")
    for source in missing:
        print("Chưa có bản dịch:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
