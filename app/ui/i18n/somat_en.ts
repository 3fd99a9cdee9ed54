<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="78"/>
        <source>Lỗi chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="79"/>
        <source>Sổ Mật gặp lỗi ngoài dự kiến. Thao tác vừa rồi có thể chưa hoàn tất; dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="82"/>
        <source>Hãy kiểm tra lại việc vừa làm. Nếu lỗi lặp lại, báo cán bộ quản trị và gửi kèm tệp nhật ký chương trình: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../pages/audit_page.py" line="32"/>
        <source>Lọc theo người thực hiện, hành động hoặc chi tiết…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="39"/>
        <source>Kiểm tra chuỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="40"/>
        <source>Tính lại mã băm của mọi bản ghi để phát hiện sửa, xóa hoặc cắt bớt nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="50"/>
        <source>&lt;h2&gt;Nhật ký&lt;/h2&gt;Mọi thao tác được ghi lại, không sửa, không xóa được; mỗi bản ghi nối với bản ghi trước bằng mã băm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="64"/>
        <source>Đang kiểm tra chuỗi nhật ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="69"/>
        <source>Chuỗi nhật ký nguyên vẹn: {n} bản ghi, khớp với bản lưu ngoài cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="72"/>
        <source> (bản ghi số {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="74"/>
        <source>Nhật ký KHÔNG nguyên vẹn{where}: {reason}. Không sửa gì thêm; báo ngay cán bộ bảo mật và người đứng đầu cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../pages/dashboard_page.py" line="50"/>
        <source>Phần cảnh báo chưa có trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="68"/>
        <source>Chưa kiểm tra máy tính này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="71"/>
        <source>Vi phạm / ghi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="71"/>
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="78"/>
        <source>Kiểm tra lại máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="80"/>
        <source>Máy tính này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="91"/>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="91"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="91"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="100"/>
        <source>Việc cần làm và cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="111"/>
        <source>Số văn bản mật trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="126"/>
        <source>&lt;h2&gt;Tổng quan&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="165"/>
        <source>Không có việc nào đến hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="167"/>
        <source>{n} việc cần xử lý, sắp theo hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="171"/>
        <source>Cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="187"/>
        <source>Theo độ mật, năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="192"/>
        <source>Đang kiểm tra máy tính…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="199"/>
        <source>Không kiểm tra được máy: {e} Coi như máy chưa đạt; không soạn thảo BMNN cho đến khi kiểm tra lại thành công.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="207"/>
        <source>Máy đạt yêu cầu soạn thảo BMNN (kiểm tra lúc {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="210"/>
        <source>Máy KHÔNG đạt yêu cầu (kiểm tra lúc {when}): {n} vi phạm phải khắc phục trước khi soạn thảo BMNN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../first_run_wizard.py" line="37"/>
        <source>Quá ngắn: cần ít nhất {n} ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="41"/>
        <source>Mạnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="43"/>
        <source>Tạm được. Dài hơn (12 ký tự trở lên) hoặc thêm chữ hoa, số, ký hiệu sẽ an toàn hơn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="44"/>
        <source>Yếu: nên trộn chữ hoa, chữ thường, số và ký hiệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="73"/>
        <source>Cơ quan sử dụng sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="74"/>
        <source>Tên cơ quan in trên sổ đăng ký và các biên bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="78"/>
        <source>Ví dụ: Đồng Nai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="84"/>
        <source>Tên cơ quan, tổ chức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="85"/>
        <source>Cơ quan chủ quản cấp trên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="86"/>
        <source>Địa danh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="87"/>
        <source>Cấp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="96"/>
        <source>Quản trị viên đầu tiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="97"/>
        <source>Người này mở sổ lần đầu và cấp tài khoản cho người khác. Mật khẩu không thể khôi phục; nếu quên, chỉ mã khôi phục ở bước sau mở được sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="100"/>
        <source>Tạo sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="112"/>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="113"/>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="114"/>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="115"/>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="127"/>
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="128"/>
        <source>Độ mạnh mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="152"/>
        <source>Mã khôi phục — chỉ hiện một lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="153"/>
        <source>Mã này mở được sổ khi mọi mật khẩu bị quên. In hoặc chép tay, niêm phong và giao người đứng đầu cơ quan cất giữ như tài liệu mật. Chương trình không lưu mã này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="163"/>
        <source>In mã khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="169"/>
        <source>Tôi đã in hoặc chép mã khôi phục và cất ở nơi an toàn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="184"/>
        <source>Để chắc chắn mã đã được ghi lại đúng, hãy nhìn vào bản đã in hoặc chép tay và gõ lại nhóm thứ 3 và nhóm thứ 7 của mã (cách nhau bằng dấu cách):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="201"/>
        <source>&lt;h2&gt;Sổ Mật — mã khôi phục&lt;/h2&gt;&lt;p&gt;Cơ quan: {agency}&lt;/p&gt;&lt;p&gt;Tệp sổ: {path}&lt;/p&gt;&lt;h1 style=&apos;font-family:monospace&apos;&gt;{code}&lt;/h1&gt;&lt;p&gt;Ngày tạo: {day}&lt;/p&gt;&lt;p&gt;Cất giữ như tài liệu mật. Chỉ người đứng đầu cơ quan được sử dụng.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="212"/>
        <source>Máy tính này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="213"/>
        <source>Máy soạn thảo BMNN phải được kiểm tra và dán tem an toàn an ninh thông tin. Có thể bổ sung sau ở trang «Máy tính &amp; USB».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="217"/>
        <source>Số in trên tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="222"/>
        <source>Ví dụ: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="224"/>
        <source>(không đọc được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="227"/>
        <source>Tên máy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="228"/>
        <source>Số tem an toàn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="229"/>
        <source>Ngày kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="230"/>
        <source>Đơn vị kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="231"/>
        <source>Vị trí đặt máy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="232"/>
        <source>Mã định danh máy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="247"/>
        <source>USB an toàn được phép dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="248"/>
        <source>Cắm các USB an toàn đã được cấp, bấm «Làm mới» và đánh dấu từng chiếc. USB không có trong danh sách sẽ làm máy không đạt khi kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="251"/>
        <source>Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="280"/>
        <source>Không thấy USB nào đang cắm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="281"/>
        <source>Đang cắm {n} USB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="284"/>
        <source>Không đọc được danh sách USB đang cắm: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="309"/>
        <source>Sổ Mật {version} — thiết lập lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="313"/>
        <source>Tiếp &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="314"/>
        <source>&lt; Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="315"/>
        <source>Hoàn tất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="316"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="336"/>
        <source>Đang tạo sổ mã hóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="360"/>
        <source>Có thể bổ sung sau ở trang «Máy tính &amp; USB».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="371"/>
        <source>Đóng khi chưa xác nhận mã khôi phục?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="372"/>
        <source>Mã khôi phục sẽ không bao giờ hiện lại. Nếu quên mật khẩu quản trị mà không có mã này, sổ không thể mở được nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="373"/>
        <source>Vẫn đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../lock.py" line="41"/>
        <source>Sổ Mật đã được khóa theo yêu cầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock.py" line="61"/>
        <source>Sổ Mật đã tự khóa vì không có thao tác trong {minutes} phút.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock.py" line="70"/>
        <source>Sổ Mật đã khóa vì phát hiện thay đổi phần cứng: {what} Hãy rút cáp mạng, tắt Wi-Fi hoặc tháo thiết bị USB chưa được phê duyệt, rồi nhập lại mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>machines</name>
    <message>
        <location filename="../pages/machines_page.py" line="66"/>
        <source>Sửa thông tin máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="66"/>
        <source>Đăng ký máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="77"/>
        <source>Tên máy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="78"/>
        <source>Số tem an toàn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="79"/>
        <source>Ngày kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="80"/>
        <source>Đơn vị kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="81"/>
        <source>Vị trí đặt máy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="82"/>
        <source>Mã định danh máy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="82"/>
        <source>(không đọc được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="84"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="85"/>
        <location filename="../pages/machines_page.py" line="120"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="101"/>
        <source>Thêm USB an toàn từ các USB đang cắm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="110"/>
        <source>Ví dụ: Quyết định cấp số 12/QĐ-BCY ngày 05/3/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="112"/>
        <source>Đánh dấu USB an toàn được cấp cho cơ quan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="113"/>
        <source>Không thấy USB nào đang cắm. Cắm USB an toàn rồi mở lại hộp thoại này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="116"/>
        <source>Quyết định cấp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="119"/>
        <source>Thêm vào danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Tên máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Số tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Ngày kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Đơn vị kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="143"/>
        <source>Mã định danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="143"/>
        <source>Vị trí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="143"/>
        <location filename="../pages/machines_page.py" line="155"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="145"/>
        <source>Đăng ký máy này…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="147"/>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Hãng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Mã hãng:sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Số sê-ri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="155"/>
        <source>Người giữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="155"/>
        <source>Quyết định cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="157"/>
        <source>Thêm từ USB đang cắm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="159"/>
        <source>Thu hồi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="167"/>
        <source>Mã băm bằng chứng (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="171"/>
        <source>Máy soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="172"/>
        <source>USB an toàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="173"/>
        <source>Lịch sử kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="175"/>
        <source>&lt;h2&gt;Máy tính &amp;amp; USB&lt;/h2&gt;Máy soạn thảo BMNN phải được kiểm tra, dán tem an toàn; chỉ dùng USB an toàn được cấp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="200"/>
        <source>(chưa có tem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="202"/>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="202"/>
        <source>Đã thôi dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="207"/>
        <source>Được phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="207"/>
        <source>Đã thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="217"/>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="217"/>
        <source>Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="218"/>
        <source>Tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="218"/>
        <source>Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="219"/>
        <source>Trước khi soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="248"/>
        <source>Chưa chọn máy nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="248"/>
        <source>Bấm vào một dòng trong bảng rồi bấm «Sửa…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="258"/>
        <source>Không đọc được danh sách USB đang cắm: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="277"/>
        <source>Chưa chọn USB nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="277"/>
        <source>Bấm vào một dòng trong bảng rồi bấm «Thu hồi…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="279"/>
        <source>Thu hồi USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="279"/>
        <source>Lý do thu hồi (ghi vào nhật ký):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="283"/>
        <source>Cần ghi lý do thu hồi USB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="283"/>
        <source>Ví dụ: hỏng, mất, trả lại Ban Cơ yếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="285"/>
        <source>Thu hồi USB này?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="286"/>
        <source>USB sẽ không còn được phép dùng trên máy soạn thảo: nếu còn cắm, lần kiểm tra sau máy sẽ không đạt. Việc thu hồi được ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../main_window.py" line="78"/>
        <source>&lt;h1&gt;Sổ Mật đã khóa&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;Khóa ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166"/>
        <source>&amp;Trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>&amp;Giới thiệu Sổ Mật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>Giới thiệu Sổ Mật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="173"/>
        <source>Sổ Mật, phiên bản {version}.
Sổ đăng ký và quản lý bí mật nhà nước trên máy soạn thảo không kết nối mạng.
Chế độ pháp lý đang áp dụng: {pack}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Trang này chưa có trong phiên bản này của chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>Không mở được trang này do lỗi chương trình. Các trang khác vẫn dùng được; hãy báo cán bộ quản trị kèm tệp nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218"/>
        <source>đã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>Đang khôi phục sổ từ bản sao lưu «{name}»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>Đã khôi phục sổ từ bản sao lưu «{name}». Nhập mật khẩu để mở sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>Không khôi phục được: {e} Sổ hiện tại không bị thay đổi; nhập mật khẩu để mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>Đang khôi phục sổ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>Người dùng: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Máy: chưa kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>Máy: đạt yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286"/>
        <source>Máy: KHÔNG đạt — {n} vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../widgets/messages.py" line="38"/>
        <source>Có, tiếp tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="39"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="51"/>
        <source>Đã xảy ra lỗi ngoài dự kiến trong chương trình. Dữ liệu đã ghi trước đó không bị ảnh hưởng. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ quản trị kèm tệp nhật ký chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="61"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="65"/>
        <location filename="../widgets/messages.py" line="74"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../main_window.py" line="26"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="27"/>
        <source>Sổ đăng ký đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="28"/>
        <source>Sổ đăng ký đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="29"/>
        <source>Soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="30"/>
        <source>Danh mục BMNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="31"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="32"/>
        <source>Tiêu hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="33"/>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="34"/>
        <source>Máy tính &amp; USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="35"/>
        <source>Nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="36"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../session.py" line="51"/>
        <source>Sổ này đang được mở trong một cửa sổ Sổ Mật khác trên máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../session.py" line="52"/>
        <source>Hãy chuyển sang cửa sổ Sổ Mật đang mở (xem thanh tác vụ), hoặc đóng nó rồi mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../session.py" line="53"/>
        <source>Sổ Mật đang chạy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../pages/settings_page.py" line="30"/>
        <source>nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="49"/>
        <source>Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="62"/>
        <source>Chế độ pháp lý (gói quy tắc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="71"/>
        <source>Các chế độ có trong chương trình (hồ sơ cũ giữ chế độ lúc lập):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="76"/>
        <source>Khóa tự động và ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="80"/>
        <source> phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="81"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="87"/>
        <source>Tự khóa khi không thao tác sau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="93"/>
        <source>Ngôn ngữ giao diện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="100"/>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="102"/>
        <source>Bản sao lưu được mã hóa như sổ gốc; giữ 10 bản gần nhất. Thư mục: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="108"/>
        <source>Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="110"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="128"/>
        <source>&lt;h2&gt;Cài đặt&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="153"/>
        <source>&lt;b&gt;Đang áp dụng: {name}&lt;/b&gt;&lt;br&gt;Hiệu lực từ {start} đến {end}.&lt;br&gt;Căn cứ:&lt;ul&gt;{texts}&lt;/ul&gt;{basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="169"/>
        <source>Đã lưu: tự khóa sau {n} phút không thao tác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="176"/>
        <source>Ngôn ngữ mới được áp dụng từ lần mở chương trình sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="190"/>
        <source>Chưa có bản sao lưu nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="198"/>
        <source>Đang sao lưu sổ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="202"/>
        <source>Đã sao lưu vào {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="209"/>
        <source>Kiểm tra chỗ trống trên đĩa rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="216"/>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="221"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="221"/>
        <source>Mật khẩu của {user} (để mở bản sao lưu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="225"/>
        <source>Khôi phục sổ từ bản sao lưu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="226"/>
        <source>Sổ hiện tại sẽ được thay bằng bản sao lưu «{name}». Mọi thay đổi ghi sau thời điểm sao lưu sẽ mất (sổ hiện tại vẫn được sao lưu trước khi thay). Chương trình sẽ khóa và cần nhập lại mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="229"/>
        <source>Có, khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../unlock_dialog.py" line="29"/>
        <source>Chọn đúng tệp sổ của cơ quan (đuôi .somat) bằng nút «Chọn tệp khác…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="63"/>
        <source>Mở khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="71"/>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="72"/>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="96"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="99"/>
        <source>Không tìm thấy tệp sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="99"/>
        <source>Chọn tệp sổ bằng nút «Chọn tệp khác…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="106"/>
        <source>Đang kiểm tra mật khẩu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="135"/>
        <source>Có thể thử lại sau {s} giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="158"/>
        <source>Mở Sổ Mật {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="164"/>
        <source>&lt;h2&gt;Sổ Mật&lt;/h2&gt;Sổ đăng ký và quản lý bí mật nhà nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="167"/>
        <source>Chọn tệp khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="172"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="190"/>
        <source>(chưa chọn tệp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="191"/>
        <source>Tệp sổ: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="195"/>
        <source>Chọn tệp sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="196"/>
        <source>Sổ Mật (*.somat);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
