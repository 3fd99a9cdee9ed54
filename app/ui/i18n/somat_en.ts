<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="78"/>
        <source>Lỗi chương trình</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../app.py" line="79"/>
        <source>Sổ Mật gặp lỗi ngoài dự kiến. Thao tác vừa rồi có thể chưa hoàn tất; dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation>Sổ Mật hit an unexpected error. The last action may not have completed; data saved earlier is not affected.</translation>
    </message>
    <message>
        <location filename="../app.py" line="82"/>
        <source>Hãy kiểm tra lại việc vừa làm. Nếu lỗi lặp lại, báo cán bộ quản trị và gửi kèm tệp nhật ký chương trình: {path}</source>
        <translation>Check what you just did. If the error happens again, tell the administrator and send the program log file: {path}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../pages/audit_page.py" line="32"/>
        <source>Lọc theo người thực hiện, hành động hoặc chi tiết…</source>
        <translation>Filter by user, action or details…</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="39"/>
        <source>Kiểm tra chuỗi</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="40"/>
        <source>Tính lại mã băm của mọi bản ghi để phát hiện sửa, xóa hoặc cắt bớt nhật ký.</source>
        <translation>Recompute the hash of every entry to detect edited, deleted or truncated log entries.</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="50"/>
        <source>&lt;h2&gt;Nhật ký&lt;/h2&gt;Mọi thao tác được ghi lại, không sửa, không xóa được; mỗi bản ghi nối với bản ghi trước bằng mã băm.</source>
        <translation>&lt;h2&gt;Audit log&lt;/h2&gt;Every action is recorded and cannot be edited or deleted; each entry is chained to the previous one by a hash.</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="64"/>
        <source>Đang kiểm tra chuỗi nhật ký…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="69"/>
        <source>Chuỗi nhật ký nguyên vẹn: {n} bản ghi, khớp với bản lưu ngoài cơ sở dữ liệu.</source>
        <translation>The audit chain is intact: {n} entries, matching the copy kept outside the database.</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="72"/>
        <source> (bản ghi số {id})</source>
        <translation> (entry no. {id})</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="74"/>
        <source>Nhật ký KHÔNG nguyên vẹn{where}: {reason}. Không sửa gì thêm; báo ngay cán bộ bảo mật và người đứng đầu cơ quan.</source>
        <translation>The audit log is NOT intact{where}: {reason}. Change nothing else; report it at once to the security officer and the head of the agency.</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../pages/dashboard_page.py" line="51"/>
        <source>Phần cảnh báo chưa có trong phiên bản này.</source>
        <translation>Alerts are not available in this version.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="69"/>
        <source>Chưa kiểm tra máy tính này.</source>
        <translation>This computer has not been checked yet.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="72"/>
        <source>Vi phạm / ghi nhận</source>
        <translation>Violation / observation</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="72"/>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="80"/>
        <source>Kiểm tra lại máy</source>
        <translation>Check the computer again</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="82"/>
        <source>Máy tính này</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="93"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="93"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="93"/>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="102"/>
        <source>Việc cần làm và cảnh báo</source>
        <translation>To do and alerts</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="113"/>
        <source>Số văn bản mật trong năm</source>
        <translation>Classified documents this year</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="128"/>
        <source>&lt;h2&gt;Tổng quan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Overview&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="167"/>
        <source>Không có việc nào đến hạn.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="169"/>
        <source>{n} việc cần xử lý, sắp theo hạn.</source>
        <translation>{n} items to handle, by due date.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="173"/>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="189"/>
        <source>Theo độ mật, năm {year}</source>
        <translation>By classification level, {year}</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="194"/>
        <source>Đang kiểm tra máy tính…</source>
        <translation>Checking the computer…</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="201"/>
        <source>Không kiểm tra được máy: {e} Coi như máy chưa đạt; không soạn thảo BMNN cho đến khi kiểm tra lại thành công.</source>
        <translation>The computer could not be checked: {e} Treat it as not compliant; do not draft state secrets until a check succeeds.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="210"/>
        <source>Máy đạt yêu cầu soạn thảo BMNN, có {n} cảnh báo cần xem xét bên dưới (kiểm tra lúc {when}).</source>
        <translation>The computer meets the requirements for drafting state secrets, with {n} warning(s) to review below (checked at {when}).</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="214"/>
        <source>Máy đạt yêu cầu soạn thảo BMNN (kiểm tra lúc {when}).</source>
        <translation>The computer meets the requirements for drafting state secrets (checked at {when}).</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="217"/>
        <source>Máy KHÔNG đạt yêu cầu (kiểm tra lúc {when}): {n} vi phạm phải khắc phục trước khi soạn thảo BMNN.</source>
        <translation>The computer does NOT meet the requirements (checked at {when}): {n} violation(s) must be fixed before drafting state secrets.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../first_run_wizard.py" line="37"/>
        <source>Quá ngắn: cần ít nhất {n} ký tự.</source>
        <translation>Too short: at least {n} characters are needed.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="41"/>
        <source>Mạnh.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="43"/>
        <source>Tạm được. Dài hơn (12 ký tự trở lên) hoặc thêm chữ hoa, số, ký hiệu sẽ an toàn hơn.</source>
        <translation>Acceptable. Longer (12 characters or more) or with capitals, digits and symbols would be safer.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="44"/>
        <source>Yếu: nên trộn chữ hoa, chữ thường, số và ký hiệu.</source>
        <translation>Weak: mix capitals, lower case, digits and symbols.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="73"/>
        <source>Cơ quan sử dụng sổ</source>
        <translation>Agency using the register</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="74"/>
        <source>Tên cơ quan in trên sổ đăng ký và các biên bản.</source>
        <translation>The agency name printed on the registers and records.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="78"/>
        <source>Ví dụ: Đồng Nai</source>
        <translation>For example: Đồng Nai</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="84"/>
        <source>Tên cơ quan, tổ chức:</source>
        <translation>Agency or organisation:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="85"/>
        <source>Cơ quan chủ quản cấp trên:</source>
        <translation>Superior body:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="86"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="87"/>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="96"/>
        <source>Quản trị viên đầu tiên</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="97"/>
        <source>Người này mở sổ lần đầu và cấp tài khoản cho người khác. Mật khẩu không thể khôi phục; nếu quên, chỉ mã khôi phục ở bước sau mở được sổ.</source>
        <translation>This person opens the register first and creates accounts for others. The password cannot be recovered; if it is forgotten, only the recovery code from the next step can open the register.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="100"/>
        <source>Tạo sổ</source>
        <translation>Create register</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="112"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="113"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="114"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="115"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="127"/>
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="128"/>
        <source>Độ mạnh mật khẩu:</source>
        <translation>Password strength:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="152"/>
        <source>Mã khôi phục — chỉ hiện một lần</source>
        <translation>Recovery code — shown only once</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="153"/>
        <source>Mã này mở được sổ khi mọi mật khẩu bị quên. In hoặc chép tay, niêm phong và giao người đứng đầu cơ quan cất giữ như tài liệu mật. Chương trình không lưu mã này.</source>
        <translation>This code opens the register when every password is forgotten. Print it or copy it by hand, seal it and give it to the head of the agency to keep as a classified document. The program does not store this code.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="163"/>
        <source>In mã khôi phục…</source>
        <translation>Print recovery code…</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="169"/>
        <source>Tôi đã in hoặc chép mã khôi phục và cất ở nơi an toàn.</source>
        <translation>I have printed or copied the recovery code and stored it in a safe place.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="184"/>
        <source>Để chắc chắn mã đã được ghi lại đúng, hãy nhìn vào bản đã in hoặc chép tay và gõ lại nhóm thứ 3 và nhóm thứ 7 của mã (cách nhau bằng dấu cách):</source>
        <translation>To make sure the code was written down correctly, look at the printed or handwritten copy and type groups 3 and 7 of the code (separated by a space):</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="201"/>
        <source>&lt;h2&gt;Sổ Mật — mã khôi phục&lt;/h2&gt;&lt;p&gt;Cơ quan: {agency}&lt;/p&gt;&lt;p&gt;Tệp sổ: {path}&lt;/p&gt;&lt;h1 style=&apos;font-family:monospace&apos;&gt;{code}&lt;/h1&gt;&lt;p&gt;Ngày tạo: {day}&lt;/p&gt;&lt;p&gt;Cất giữ như tài liệu mật. Chỉ người đứng đầu cơ quan được sử dụng.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sổ Mật — recovery code&lt;/h2&gt;&lt;p&gt;Agency: {agency}&lt;/p&gt;&lt;p&gt;Register file: {path}&lt;/p&gt;&lt;h1 style='font-family:monospace'&gt;{code}&lt;/h1&gt;&lt;p&gt;Created on: {day}&lt;/p&gt;&lt;p&gt;Keep as a classified document. Only the head of the agency may use it.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="212"/>
        <source>Máy tính này</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="213"/>
        <source>Máy soạn thảo BMNN phải được kiểm tra và dán tem an toàn an ninh thông tin. Có thể bổ sung sau ở trang «Máy tính &amp; USB».</source>
        <translation>A computer used to draft state secrets must be inspected and carry an information-security seal. This can be added later on the “Computers &amp; USB” page.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="217"/>
        <source>Số in trên tem</source>
        <translation>Number printed on the seal</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="222"/>
        <source>Ví dụ: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao</source>
        <translation>For example: Cyber Security and High-Tech Crime Prevention Division</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="224"/>
        <source>(không đọc được)</source>
        <translation>(could not be read)</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="227"/>
        <source>Tên máy:</source>
        <translation>Computer name:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="228"/>
        <source>Số tem an toàn:</source>
        <translation>Security seal number:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="229"/>
        <source>Ngày kiểm tra:</source>
        <translation>Inspection date:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="230"/>
        <source>Đơn vị kiểm tra:</source>
        <translation>Inspected by:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="231"/>
        <source>Vị trí đặt máy:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="232"/>
        <source>Mã định danh máy:</source>
        <translation>Machine ID:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="247"/>
        <source>USB an toàn được phép dùng</source>
        <translation>Approved secure USB drives</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="248"/>
        <source>Cắm các USB an toàn đã được cấp, bấm «Làm mới» và đánh dấu từng chiếc. USB không có trong danh sách sẽ làm máy không đạt khi kiểm tra.</source>
        <translation>Plug in the secure USB drives that were issued, press “Refresh” and tick each one. A USB drive not on the list makes the computer fail its check.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="251"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="280"/>
        <source>Không thấy USB nào đang cắm.</source>
        <translation>No USB drive is plugged in.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="281"/>
        <source>Đang cắm {n} USB.</source>
        <translation>{n} USB drive(s) plugged in.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="284"/>
        <source>Không đọc được danh sách USB đang cắm: {e}</source>
        <translation>Could not read the list of plugged-in USB drives: {e}</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="309"/>
        <source>Sổ Mật {version} — thiết lập lần đầu</source>
        <translation>Sổ Mật {version} — first-time setup</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="313"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="314"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="315"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="316"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="336"/>
        <source>Đang tạo sổ mã hóa…</source>
        <translation>Creating the encrypted register…</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="360"/>
        <source>Có thể bổ sung sau ở trang «Máy tính &amp; USB».</source>
        <translation>This can be added later on the “Computers &amp; USB” page.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="371"/>
        <source>Đóng khi chưa xác nhận mã khôi phục?</source>
        <translation>Close without confirming the recovery code?</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="372"/>
        <source>Mã khôi phục sẽ không bao giờ hiện lại. Nếu quên mật khẩu quản trị mà không có mã này, sổ không thể mở được nữa.</source>
        <translation>The recovery code will never be shown again. If the administrator password is forgotten and this code is lost, the register can never be opened again.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="373"/>
        <source>Vẫn đóng</source>
        <translation>Close anyway</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../lock.py" line="41"/>
        <source>Sổ Mật đã được khóa theo yêu cầu.</source>
        <translation>Sổ Mật was locked on request.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="61"/>
        <source>Sổ Mật đã tự khóa vì không có thao tác trong {minutes} phút.</source>
        <translation>Sổ Mật locked itself after {minutes} minutes without activity.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="70"/>
        <source>Sổ Mật đã khóa vì phát hiện thay đổi phần cứng: {what} Hãy rút cáp mạng, tắt Wi-Fi hoặc tháo thiết bị USB chưa được phê duyệt, rồi nhập lại mật khẩu.</source>
        <translation>Sổ Mật locked because a hardware change was detected: {what} Unplug the network cable, turn off Wi-Fi or remove the unapproved USB device, then enter your password again.</translation>
    </message>
</context>
<context>
    <name>machines</name>
    <message>
        <location filename="../pages/machines_page.py" line="66"/>
        <source>Sửa thông tin máy</source>
        <translation>Edit computer details</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="66"/>
        <source>Đăng ký máy này</source>
        <translation>Register this computer</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="77"/>
        <source>Tên máy:</source>
        <translation>Computer name:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="78"/>
        <source>Số tem an toàn:</source>
        <translation>Security seal number:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="79"/>
        <source>Ngày kiểm tra:</source>
        <translation>Inspection date:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="80"/>
        <source>Đơn vị kiểm tra:</source>
        <translation>Inspected by:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="81"/>
        <source>Vị trí đặt máy:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="82"/>
        <source>Mã định danh máy:</source>
        <translation>Machine ID:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="82"/>
        <source>(không đọc được)</source>
        <translation>(could not be read)</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="84"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="85"/>
        <location filename="../pages/machines_page.py" line="120"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="101"/>
        <source>Thêm USB an toàn từ các USB đang cắm</source>
        <translation>Add secure USB drives from those plugged in</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="110"/>
        <source>Ví dụ: Quyết định cấp số 12/QĐ-BCY ngày 05/3/2025</source>
        <translation>For example: Allocation decision 12/QĐ-BCY of 05/3/2025</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="112"/>
        <source>Đánh dấu USB an toàn được cấp cho cơ quan:</source>
        <translation>Tick the secure USB drives issued to the agency:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="113"/>
        <source>Không thấy USB nào đang cắm. Cắm USB an toàn rồi mở lại hộp thoại này.</source>
        <translation>No USB drive is plugged in. Plug in the secure USB drive and open this dialog again.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="116"/>
        <source>Quyết định cấp:</source>
        <translation>Allocation decision:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="119"/>
        <source>Thêm vào danh sách</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Tên máy</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Số tem</source>
        <translation>Seal number</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Ngày kiểm tra</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Đơn vị kiểm tra</source>
        <translation>Inspected by</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="143"/>
        <source>Mã định danh</source>
        <translation>Machine ID</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="143"/>
        <source>Vị trí</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="143"/>
        <location filename="../pages/machines_page.py" line="155"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="145"/>
        <source>Đăng ký máy này…</source>
        <translation>Register this computer…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="147"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Hãng</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Mã hãng:sản phẩm</source>
        <translation>Vendor:product ID</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Số sê-ri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="155"/>
        <source>Người giữ</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="155"/>
        <source>Quyết định cấp</source>
        <translation>Allocation decision</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="157"/>
        <source>Thêm từ USB đang cắm…</source>
        <translation>Add from plugged-in USB…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="159"/>
        <source>Thu hồi…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Máy</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Vi phạm</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="167"/>
        <source>Mã băm bằng chứng (SHA-256)</source>
        <translation>Evidence hash (SHA-256)</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="171"/>
        <source>Máy soạn thảo</source>
        <translation>Drafting computers</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="172"/>
        <source>USB an toàn</source>
        <translation>Secure USB drives</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="173"/>
        <source>Lịch sử kiểm tra</source>
        <translation>Check history</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="175"/>
        <source>&lt;h2&gt;Máy tính &amp;amp; USB&lt;/h2&gt;Máy soạn thảo BMNN phải được kiểm tra, dán tem an toàn; chỉ dùng USB an toàn được cấp.</source>
        <translation>&lt;h2&gt;Computers &amp;amp; USB&lt;/h2&gt;Computers used to draft state secrets must be inspected and sealed; use only the secure USB drives issued.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="200"/>
        <source>(chưa có tem)</source>
        <translation>(no seal yet)</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="202"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="202"/>
        <source>Đã thôi dùng</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="207"/>
        <source>Được phép</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="207"/>
        <source>Đã thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="217"/>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="217"/>
        <source>Không đạt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="218"/>
        <source>Tự kiểm tra</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="218"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="219"/>
        <source>Trước khi soạn thảo</source>
        <translation>Before drafting</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="248"/>
        <source>Chưa chọn máy nào.</source>
        <translation>No computer selected.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="248"/>
        <source>Bấm vào một dòng trong bảng rồi bấm «Sửa…».</source>
        <translation>Click a row in the table, then press “Edit…”.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="258"/>
        <source>Không đọc được danh sách USB đang cắm: {e}</source>
        <translation>Could not read the list of plugged-in USB drives: {e}</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="277"/>
        <source>Chưa chọn USB nào.</source>
        <translation>No USB drive selected.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="277"/>
        <source>Bấm vào một dòng trong bảng rồi bấm «Thu hồi…».</source>
        <translation>Click a row in the table, then press “Revoke…”.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="279"/>
        <source>Thu hồi USB</source>
        <translation>Revoke USB drive</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="279"/>
        <source>Lý do thu hồi (ghi vào nhật ký):</source>
        <translation>Reason for revoking (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="283"/>
        <source>Cần ghi lý do thu hồi USB.</source>
        <translation>Enter the reason for revoking the USB drive.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="283"/>
        <source>Ví dụ: hỏng, mất, trả lại Ban Cơ yếu.</source>
        <translation>For example: broken, lost, returned to the Government Cipher Committee.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="285"/>
        <source>Thu hồi USB này?</source>
        <translation>Revoke this USB drive?</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="286"/>
        <source>USB sẽ không còn được phép dùng trên máy soạn thảo: nếu còn cắm, lần kiểm tra sau máy sẽ không đạt. Việc thu hồi được ghi vào nhật ký.</source>
        <translation>The USB drive will no longer be allowed on the drafting computer: if it is still plugged in, the next check will fail. The revocation is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../main_window.py" line="78"/>
        <source>&lt;h1&gt;Sổ Mật đã khóa&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Sổ Mật is locked&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;Khóa ngay</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>&amp;Giới thiệu Sổ Mật</source>
        <translation>&amp;About Sổ Mật</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>Giới thiệu Sổ Mật</source>
        <translation>About Sổ Mật</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="173"/>
        <source>Sổ Mật, phiên bản {version}.
Sổ đăng ký và quản lý bí mật nhà nước trên máy soạn thảo không kết nối mạng.
Chế độ pháp lý đang áp dụng: {pack}.</source>
        <translation>Sổ Mật, version {version}.
Registers and management of state secrets on an offline drafting computer.
Legal regime in force: {pack}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Trang này chưa có trong phiên bản này của chương trình.</source>
        <translation>This page is not part of this version of the program.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>Không mở được trang này do lỗi chương trình. Các trang khác vẫn dùng được; hãy báo cán bộ quản trị kèm tệp nhật ký.</source>
        <translation>This page could not be opened because of a program error. The other pages still work; tell the administrator and send the log file.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218"/>
        <source>đã khóa</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>Đang khôi phục sổ từ bản sao lưu «{name}»…</source>
        <translation>Restoring the register from backup “{name}”…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Đã khôi phục sổ từ bản sao lưu «{name}». Nhập mật khẩu để mở sổ.</source>
        <translation>The register was restored from backup “{name}”. Enter your password to open it.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Không khôi phục được: {e} Sổ hiện tại không bị thay đổi; nhập mật khẩu để mở lại.</source>
        <translation>Could not restore: {e} The current register was not changed; enter your password to open it again.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Đang khôi phục sổ…</source>
        <translation>Restoring the register…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>Người dùng: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Máy: chưa kiểm tra</source>
        <translation>Computer: not checked</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284"/>
        <source>Máy: đạt, có cảnh báo</source>
        <translation>Computer: passed, with warnings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>Máy: đạt yêu cầu</source>
        <translation>Computer: compliant</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Máy: KHÔNG đạt — {n} vi phạm</source>
        <translation>Computer: NOT compliant — {n} violation(s)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../widgets/messages.py" line="42"/>
        <source>Có, tiếp tục</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="43"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="57"/>
        <source>Đã xảy ra lỗi ngoài dự kiến trong chương trình. Dữ liệu đã ghi trước đó không bị ảnh hưởng. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ quản trị kèm tệp nhật ký chương trình.</source>
        <translation>An unexpected error occurred in the program. Data written earlier is not affected. Try again; if the error persists, tell the administrator and send the program log file.</translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="67"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="71"/>
        <location filename="../widgets/messages.py" line="80"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../main_window.py" line="26"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="27"/>
        <source>Sổ đăng ký đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="28"/>
        <source>Sổ đăng ký đi</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="29"/>
        <source>Soạn thảo</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="30"/>
        <source>Danh mục BMNN</source>
        <translation>Secrets catalogue</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="31"/>
        <source>Cán bộ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="32"/>
        <source>Tiêu hủy</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="33"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="34"/>
        <source>Máy tính &amp; USB</source>
        <translation>Computers &amp; USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="35"/>
        <source>Nhật ký</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="36"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../recovery_dialog.py" line="58"/>
        <source>Mở sổ bằng mã khôi phục</source>
        <translation>Open the register with the recovery code</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="65"/>
        <source>Nhập mã khôi phục in trên giấy được cấp khi tạo sổ (do người đứng đầu cơ quan giữ): 9 nhóm, mỗi nhóm 5 ký tự. Có thể gõ chữ thường, cách nhau bằng dấu cách hoặc dấu gạch ngang.</source>
        <translation>Enter the recovery code printed when the register was created (kept by the head of the agency): 9 groups of 5 characters. Lower case is fine, separated by spaces or dashes.</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="82"/>
        <source>Mở sổ</source>
        <translation>Open register</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="103"/>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="104"/>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="106"/>
        <source>Đặt mật khẩu và mở sổ</source>
        <translation>Set password and open</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="119"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="142"/>
        <source>Đã nhập {n}/{total} ký tự: {groups}</source>
        <translation>Typed {n}/{total} characters: {groups}</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="148"/>
        <source>Mã khôi phục có 45 ký tự (9 nhóm × 5); hiện đã nhập {n}. Kiểm tra lại từng nhóm.</source>
        <translation>The recovery code has 45 characters (9 groups × 5); {n} typed so far. Check each group again.</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="157"/>
        <source>Đang kiểm tra mã khôi phục…</source>
        <translation>Checking the recovery code…</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="163"/>
        <source>Đã mở sổ bằng mã khôi phục. Đặt mật khẩu mới cho tài khoản &lt;b&gt;{name}&lt;/b&gt; (tên đăng nhập «{user}»), ít nhất {n} ký tự. Sổ chỉ mở sau khi đặt xong mật khẩu.</source>
        <translation>The register was opened with the recovery code. Set a new password for &lt;b&gt;{name}&lt;/b&gt; (user name “{user}”), at least {n} characters. The register opens only once the password is set.</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="181"/>
        <source>Mật khẩu mới phải có ít nhất {n} ký tự.</source>
        <translation>The new password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="185"/>
        <source>Hai lần nhập mật khẩu mới không khớp nhau.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../recovery_dialog.py" line="194"/>
        <source>Đang đặt mật khẩu mới…</source>
        <translation>Setting the new password…</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../session.py" line="51"/>
        <source>Sổ này đang được mở trong một cửa sổ Sổ Mật khác trên máy.</source>
        <translation>This register is already open in another Sổ Mật window on this computer.</translation>
    </message>
    <message>
        <location filename="../session.py" line="52"/>
        <source>Hãy chuyển sang cửa sổ Sổ Mật đang mở (xem thanh tác vụ), hoặc đóng nó rồi mở lại.</source>
        <translation>Switch to the open Sổ Mật window (see the taskbar), or close it and open the register again.</translation>
    </message>
    <message>
        <location filename="../session.py" line="53"/>
        <source>Sổ Mật đang chạy</source>
        <translation>Sổ Mật is already running</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../pages/settings_page.py" line="30"/>
        <source>nay</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="49"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="62"/>
        <source>Chế độ pháp lý (gói quy tắc)</source>
        <translation>Legal regime (rule pack)</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="71"/>
        <source>Các chế độ có trong chương trình (hồ sơ cũ giữ chế độ lúc lập):</source>
        <translation>Regimes in the program (older records keep the regime in force when they were made):</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="76"/>
        <source>Khóa tự động và ngôn ngữ</source>
        <translation>Automatic lock and language</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="80"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="81"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="87"/>
        <source>Tự khóa khi không thao tác sau:</source>
        <translation>Lock automatically after no activity for:</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="93"/>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="100"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="102"/>
        <source>Bản sao lưu được mã hóa như sổ gốc; giữ 10 bản gần nhất. Thư mục: {path}</source>
        <translation>Backups are encrypted like the register itself; the 10 most recent are kept. Folder: {path}</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="108"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="110"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="128"/>
        <source>&lt;h2&gt;Cài đặt&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="153"/>
        <source>&lt;b&gt;Đang áp dụng: {name}&lt;/b&gt;&lt;br&gt;Hiệu lực từ {start} đến {end}.&lt;br&gt;Căn cứ:&lt;ul&gt;{texts}&lt;/ul&gt;{basis}</source>
        <translation>&lt;b&gt;In force: {name}&lt;/b&gt;&lt;br&gt;Effective from {start} to {end}.&lt;br&gt;Legal basis:&lt;ul&gt;{texts}&lt;/ul&gt;{basis}</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="169"/>
        <source>Đã lưu: tự khóa sau {n} phút không thao tác.</source>
        <translation>Saved: locks after {n} minutes without activity.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="176"/>
        <source>Ngôn ngữ mới được áp dụng từ lần mở chương trình sau.</source>
        <translation>The new language applies the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="190"/>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="198"/>
        <source>Đang sao lưu sổ…</source>
        <translation>Backing up the register…</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="202"/>
        <source>Đã sao lưu vào {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="209"/>
        <source>Kiểm tra chỗ trống trên đĩa rồi thử lại.</source>
        <translation>Check the free disk space and try again.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="216"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="221"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="221"/>
        <source>Mật khẩu của {user} (để mở bản sao lưu):</source>
        <translation>Password of {user} (to open the backup):</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="225"/>
        <source>Khôi phục sổ từ bản sao lưu?</source>
        <translation>Restore the register from a backup?</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="226"/>
        <source>Sổ hiện tại sẽ được thay bằng bản sao lưu «{name}». Mọi thay đổi ghi sau thời điểm sao lưu sẽ mất (sổ hiện tại vẫn được sao lưu trước khi thay). Chương trình sẽ khóa và cần nhập lại mật khẩu.</source>
        <translation>The current register will be replaced by backup “{name}”. Every change recorded after that backup will be lost (the current register is backed up first). The program will lock and ask for the password again.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="229"/>
        <source>Có, khôi phục</source>
        <translation>Yes, restore</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../unlock_dialog.py" line="30"/>
        <source>Chọn đúng tệp sổ của cơ quan (đuôi .somat) bằng nút «Chọn tệp khác…».</source>
        <translation>Choose the agency's register file (ending in .somat) with the “Choose another file…” button.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="66"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="69"/>
        <source>Quên mật khẩu? Mở bằng mã khôi phục</source>
        <translation>Forgot your password? Open with the recovery code</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="82"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="83"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="108"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="111"/>
        <location filename="../unlock_dialog.py" line="125"/>
        <source>Không tìm thấy tệp sổ.</source>
        <translation>The register file was not found.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="111"/>
        <location filename="../unlock_dialog.py" line="125"/>
        <source>Chọn tệp sổ bằng nút «Chọn tệp khác…».</source>
        <translation>Choose the register file with the “Choose another file…” button.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="118"/>
        <source>Đang kiểm tra mật khẩu…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="167"/>
        <source>Có thể thử lại sau {s} giây.</source>
        <translation>You can try again in {s} seconds.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="190"/>
        <source>Mở Sổ Mật {version}</source>
        <translation>Open Sổ Mật {version}</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="196"/>
        <source>&lt;h2&gt;Sổ Mật&lt;/h2&gt;Sổ đăng ký và quản lý bí mật nhà nước</source>
        <translation>&lt;h2&gt;Sổ Mật&lt;/h2&gt;Registers and management of state secrets</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="199"/>
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="204"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="222"/>
        <source>(chưa chọn tệp)</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="223"/>
        <source>Tệp sổ: {path}</source>
        <translation>Register file: {path}</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="227"/>
        <source>Chọn tệp sổ</source>
        <translation>Choose the register file</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="228"/>
        <source>Sổ Mật (*.somat);;Mọi tệp (*)</source>
        <translation>Sổ Mật (*.somat);;All files (*)</translation>
    </message>
</context>
</TS>
