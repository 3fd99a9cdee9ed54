<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>action_dialog</name>
    <message>
        <location filename="../dialogs/action_dialog.py" line="73"/>
        <source>Ghi</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../dialogs/action_dialog.py" line="74"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="58"/>
        <source>{kind} {reference} (số {number}/{year})</source>
        <translation>{kind} {reference} (no. {number}/{year})</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="59"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="60"/>
        <source>không số</source>
        <translation>no number</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="88"/>
        <source>Sao, chụp tài liệu BMNN</source>
        <translation>Copy or photograph a classified document</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="89"/>
        <source>Ghi vào Sổ quản lý sao, chụp BMNN {n} bản của {document}. Bản sao có cùng độ mật với bản gốc; bản hỏng, thừa phải hủy ngay.</source>
        <translation>Record {n} copies of {document} in the classified copies register. Copies carry the same classification as the original; spoiled or surplus copies must be destroyed at once.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="93"/>
        <location filename="../dialogs/lifecycle_actions.py" line="136"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="94"/>
        <source>Ngày sao, chụp</source>
        <translation>Date copied</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="95"/>
        <source>Ghi ngày sao, chụp.</source>
        <translation>Enter the date of copying.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="96"/>
        <source>Số lượng bản</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="97"/>
        <location filename="../dialogs/lifecycle_actions.py" line="143"/>
        <location filename="../dialogs/lifecycle_actions.py" line="187"/>
        <source>Người cho phép</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="98"/>
        <source>— chọn người cho phép —</source>
        <translation>— choose who authorises —</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="99"/>
        <source>Người có thẩm quyền: {who}</source>
        <translation>Who may authorise: {who}</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="100"/>
        <source>Chọn người có thẩm quyền cho phép sao, chụp.</source>
        <translation>Choose the person with authority to allow copying.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="101"/>
        <source>Người sao, chụp</source>
        <translation>Copied by</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="102"/>
        <source>Ghi người sao, chụp.</source>
        <translation>Enter who made the copies.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="103"/>
        <source>Nơi nhận bản sao</source>
        <translation>Recipients of the copies</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="104"/>
        <source>Nơi sao, chụp (do thủ trưởng quy định)</source>
        <translation>Place of copying (set by the head of the agency)</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="105"/>
        <source>Số bản hỏng (đã hủy ngay)</source>
        <translation>Spoiled copies (destroyed at once)</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="106"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="108"/>
        <source>Ghi vào sổ sao, chụp</source>
        <translation>Record in the copies register</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="126"/>
        <source>Ghi vào Sổ chuyển giao BMNN việc {what} {document}.</source>
        <translation>Record in the classified transfers register: {what} of {document}.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="129"/>
        <source> Chuyển giao không có hạn thu hồi: tài liệu chuyển sang tình trạng &quot;Đã chuyển giao&quot;.</source>
        <translation> A transfer without a recall deadline: the document&apos;s status becomes &quot;Transferred&quot;.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="134"/>
        <source>Cung cấp, chuyển giao BMNN</source>
        <translation>Provide or transfer a classified document</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="137"/>
        <source>Bên nhận</source>
        <translation>Receiving party</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="138"/>
        <source>Cơ quan, tổ chức, cá nhân nhận</source>
        <translation>Receiving agency, organisation or person</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="139"/>
        <source>Ghi cơ quan, tổ chức, cá nhân nhận.</source>
        <translation>Enter the receiving agency, organisation or person.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="140"/>
        <source>Văn bản đề nghị (số, ngày)</source>
        <translation>Request letter (number, date)</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="141"/>
        <source>Ghi số, ngày văn bản đề nghị cung cấp, chuyển giao.</source>
        <translation>Enter the number and date of the request letter.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="142"/>
        <source>Ngày văn bản đề nghị</source>
        <translation>Date of the request letter</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="144"/>
        <source>Chức danh người cho phép</source>
        <translation>Title of the person authorising</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="145"/>
        <source>Theo danh sách nhân sự</source>
        <translation>From the staff list</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="147"/>
        <source>Ngày cung cấp, chuyển giao</source>
        <translation>Date provided or transferred</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="148"/>
        <source>Ghi ngày cung cấp, chuyển giao.</source>
        <translation>Enter the date it was provided or transferred.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="149"/>
        <source>Ký nhận / biên bản giao nhận</source>
        <translation>Receipt signature / handover record</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="150"/>
        <source>Hạn thu hồi (nếu có)</source>
        <translation>Recall deadline (if any)</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="152"/>
        <source>Ghi vào sổ chuyển giao</source>
        <translation>Record in the transfers register</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="159"/>
        <source>Thu hồi tài liệu đã cung cấp, chuyển giao</source>
        <translation>Recall a provided or transferred document</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="160"/>
        <source>Ghi {recipient} đã trả lại {document}; tài liệu trở lại tình trạng đang quản lý.</source>
        <translation>Record that {recipient} returned {document}; the document is managed again.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="162"/>
        <source>Ngày thu hồi</source>
        <translation>Date recalled</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="163"/>
        <source>Ghi ngày thu hồi.</source>
        <translation>Enter the date of the recall.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="165"/>
        <source>Ghi thu hồi</source>
        <translation>Record the recall</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="178"/>
        <source>Mang tài liệu ra khỏi nơi lưu giữ</source>
        <translation>Take a document out of storage</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="179"/>
        <source>Ghi người mang {document} ra khỏi nơi lưu giữ, lý do, ngày mang ra và hạn đưa về.</source>
        <translation>Record who takes {document} out of storage, why, when, and when it must be back.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="182"/>
        <source>Người mang ra</source>
        <translation>Taken out by</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="183"/>
        <location filename="../dialogs/lifecycle_actions.py" line="217"/>
        <source>— chọn người —</source>
        <translation>— choose a person —</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="184"/>
        <source>Chọn người mang tài liệu ra.</source>
        <translation>Choose who takes the document out.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="185"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="186"/>
        <source>Ghi lý do mang tài liệu ra khỏi nơi lưu giữ.</source>
        <translation>Enter why the document is taken out of storage.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="188"/>
        <source>Ghi người cho phép mang tài liệu ra.</source>
        <translation>Enter who allowed the document to be taken out.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="189"/>
        <source>Ngày mang ra</source>
        <translation>Date taken out</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="190"/>
        <source>Ghi ngày mang ra.</source>
        <translation>Enter the date it was taken out.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="191"/>
        <source>Hạn đưa về</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="204"/>
        <source>Giao {document} cho {person} giữ, xử lý; {person} ký nhận ngày {on}. Từ ngày đó tài liệu nằm trong danh sách bàn giao của người này.</source>
        <translation>Hand {document} to {person} to keep and handle; {person} signs for it on {on}. From that day the item is on this person&apos;s handover list.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="214"/>
        <source>Giao xử lý, ký nhận</source>
        <translation>Hand over for handling, signed receipt</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="216"/>
        <source>Người nhận (giữ, xử lý)</source>
        <translation>Recipient (keeps, handles)</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="218"/>
        <source>Chọn người nhận tài liệu.</source>
        <translation>Choose who receives the item.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="219"/>
        <source>Ngày ký nhận</source>
        <translation>Date signed for</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="220"/>
        <source>Ghi ngày người nhận ký nhận.</source>
        <translation>Enter the date the recipient signed for it.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="221"/>
        <source>Nơi lưu giữ</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="223"/>
        <source>Ghi giao, ký nhận</source>
        <translation>Record hand-over and receipt</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="230"/>
        <source>Đưa tài liệu trở lại nơi lưu giữ</source>
        <translation>Return a document to storage</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="231"/>
        <source>Ghi {document} đã được đưa trở lại nơi lưu giữ (mang ra ngày {out_on}).</source>
        <translation>Record that {document} is back in storage (taken out on {out_on}).</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="233"/>
        <source>Ngày đưa về</source>
        <translation>Date returned</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="234"/>
        <source>Ghi ngày đưa về.</source>
        <translation>Enter the date it was returned.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="236"/>
        <source>Ghi đưa về</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="247"/>
        <source>Gia hạn thời hạn bảo vệ</source>
        <translation>Extend the protection period</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="248"/>
        <source>Thời hạn bảo vệ của {document} (hiện hết ngày {expires}) được kéo dài thêm {years} năm. Phải thông báo bằng văn bản cho nơi nhận trong {days} ngày; đóng dấu &quot;Gia hạn thời hạn bảo vệ&quot;.</source>
        <translation>The protection period of {document} (now ending on {expires}) is extended by {years} years. The recipients must be told in writing within {days} days; stamp it &quot;Protection period extended&quot;.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="254"/>
        <location filename="../dialogs/lifecycle_actions.py" line="290"/>
        <location filename="../dialogs/lifecycle_actions.py" line="318"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="255"/>
        <source>Ghi ngày quyết định gia hạn.</source>
        <translation>Enter the date of the extension decision.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="256"/>
        <source>Chậm nhất {days} ngày trước khi hết thời hạn.</source>
        <translation>At the latest {days} days before the period ends.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="258"/>
        <location filename="../dialogs/lifecycle_actions.py" line="292"/>
        <location filename="../dialogs/lifecycle_actions.py" line="320"/>
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="259"/>
        <source>Ghi người quyết định gia hạn.</source>
        <translation>Enter who decided the extension.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="260"/>
        <location filename="../dialogs/lifecycle_actions.py" line="322"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="261"/>
        <source>Số năm gia hạn</source>
        <translation>Years of extension</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="262"/>
        <source>Mỗi lần không quá {years} năm ({citation}).</source>
        <translation>No more than {years} years each time ({citation}).</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="268"/>
        <source>Ghi gia hạn</source>
        <translation>Record the extension</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="281"/>
        <source>Độ mật của {document} đổi từ {old} sang {new}; thời hạn bảo vệ tính lại theo độ mới. Phải thông báo cho nơi nhận trong {days} ngày và mỗi nơi đang giữ bản phải đóng dấu điều chỉnh.</source>
        <translation>The classification of {document} changes from {old} to {new}; the protection period is recalculated for the new level. The recipients must be told within {days} days and every holder of a copy must stamp the change.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="287"/>
        <location filename="../dialogs/lifecycle_actions.py" line="300"/>
        <source>Điều chỉnh độ mật</source>
        <translation>Change the classification</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="289"/>
        <source>Độ mật mới</source>
        <translation>New classification</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="291"/>
        <source>Ghi ngày quyết định.</source>
        <translation>Enter the decision date.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="293"/>
        <source>Ghi người quyết định điều chỉnh độ mật.</source>
        <translation>Enter who decided the change of classification.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="294"/>
        <source>Căn cứ danh mục BMNN</source>
        <translation>Basis in the secrets catalogue</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="308"/>
        <source>Giải mật một phần {document}: phần &quot;{scope}&quot; không còn là BMNN; tài liệu vẫn được quản lý như BMNN. Việc này không hoàn tác được.</source>
        <translation>Partial declassification of {document}: the part &quot;{scope}&quot; is no longer a state secret; the document is still managed as a state secret. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="311"/>
        <source>Giải mật toàn bộ {document}: tài liệu không còn là bí mật nhà nước, chuyển sang tình trạng &quot;Đã giải mật&quot; và được đóng dấu &quot;Giải mật&quot;. Việc này không hoàn tác được.</source>
        <translation>Full declassification of {document}: the document is no longer a state secret, its status becomes &quot;Declassified&quot; and it is stamped &quot;Declassified&quot;. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="316"/>
        <location filename="../dialogs/lifecycle_actions.py" line="329"/>
        <source>Giải mật</source>
        <translation>Declassify</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="319"/>
        <source>Ghi ngày quyết định giải mật.</source>
        <translation>Enter the date of the declassification decision.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="321"/>
        <source>Ghi người quyết định giải mật.</source>
        <translation>Enter who decided the declassification.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="323"/>
        <source>Phạm vi giải mật một phần (để trống nếu giải mật toàn bộ)</source>
        <translation>Scope of a partial declassification (empty for full)</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="337"/>
        <location filename="../dialogs/lifecycle_actions.py" line="352"/>
        <source>Đề xuất tiêu hủy</source>
        <translation>Propose destruction</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="338"/>
        <source>Đưa {document} vào danh sách đề xuất tiêu hủy. Tài liệu chỉ bị tiêu hủy sau khi hội đồng họp, có quyết định và biên bản tiêu hủy; dòng sổ không bao giờ bị xóa.</source>
        <translation>Put {document} on the list proposed for destruction. It is destroyed only after the council has met and there is a decision and a destruction record; the register line is never deleted.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="343"/>
        <source>Ngày đề xuất</source>
        <translation>Proposal date</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="344"/>
        <source>Ghi ngày đề xuất.</source>
        <translation>Enter the proposal date.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="345"/>
        <source>Người đề xuất</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="346"/>
        <source>Ghi người đề xuất.</source>
        <translation>Enter who proposes it.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="347"/>
        <source>Lý do tiêu hủy</source>
        <translation>Reason for destruction</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="348"/>
        <source>Ghi lý do đề xuất tiêu hủy.</source>
        <translation>Enter why destruction is proposed.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="359"/>
        <location filename="../dialogs/lifecycle_actions.py" line="367"/>
        <source>Hủy số</source>
        <translation>Cancel the number</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="360"/>
        <source>Dòng số {number}/{year} ({document}) được đánh dấu &quot;Đã hủy số&quot; và không sửa được nữa; dòng vẫn nằm trong sổ, số không được cấp lại. Việc này không hoàn tác được.</source>
        <translation>Line no. {number}/{year} ({document}) is marked &quot;Number cancelled&quot; and can no longer be edited; it stays in the register and the number is not given again. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="364"/>
        <source>Lý do hủy số</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="365"/>
        <source>Ghi lý do hủy số.</source>
        <translation>Enter why the number is cancelled.</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="373"/>
        <source>Văn bản ghi nhận việc sao, chụp</source>
        <translation>Record of the copy</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="374"/>
        <source>Thông báo gia hạn thời hạn bảo vệ</source>
        <translation>Notice of extended protection period</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="375"/>
        <source>Thông báo điều chỉnh độ mật</source>
        <translation>Notice of classification level change</translation>
    </message>
    <message>
        <location filename="../dialogs/lifecycle_actions.py" line="376"/>
        <source>Thông báo giải mật</source>
        <translation>Notice of declassification</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="49"/>
        <source>Lỗi chương trình</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../app.py" line="50"/>
        <source>Sổ Mật gặp lỗi ngoài dự kiến. Thao tác vừa rồi có thể chưa hoàn tất; dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation>Sổ Mật hit an unexpected error. The last action may not have completed; data saved earlier is not affected.</translation>
    </message>
    <message>
        <location filename="../app.py" line="53"/>
        <source>Hãy kiểm tra lại việc vừa làm. Nếu lỗi lặp lại, báo cán bộ quản trị và gửi kèm tệp nhật ký chương trình: {path}</source>
        <translation>Check what you just did. If the error happens again, tell the administrator and send the program log file: {path}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../pages/audit_page.py" line="33"/>
        <source>Lọc theo người thực hiện, hành động hoặc chi tiết…</source>
        <translation>Filter by user, action or details…</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="40"/>
        <source>Kiểm tra chuỗi</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="41"/>
        <source>Tính lại mã băm của mọi bản ghi để phát hiện sửa, xóa hoặc cắt bớt nhật ký.</source>
        <translation>Recompute the hash of every entry to detect edited, deleted or truncated log entries.</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="51"/>
        <source>&lt;h2&gt;Nhật ký&lt;/h2&gt;Mọi thao tác được ghi lại, không sửa, không xóa được; mỗi bản ghi nối với bản ghi trước bằng mã băm.</source>
        <translation>&lt;h2&gt;Audit log&lt;/h2&gt;Every action is recorded and cannot be edited or deleted; each entry is chained to the previous one by a hash.</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="65"/>
        <source>Đang kiểm tra chuỗi nhật ký…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="70"/>
        <source>Chuỗi nhật ký nguyên vẹn: {n} bản ghi, khớp với bản lưu ngoài cơ sở dữ liệu.</source>
        <translation>The audit chain is intact: {n} entries, matching the copy kept outside the database.</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="73"/>
        <source> (bản ghi số {id})</source>
        <translation> (entry no. {id})</translation>
    </message>
    <message>
        <location filename="../pages/audit_page.py" line="75"/>
        <source>Nhật ký KHÔNG nguyên vẹn{where}: {reason}. Không sửa gì thêm; báo ngay cán bộ bảo mật và người đứng đầu cơ quan.</source>
        <translation>The audit log is NOT intact{where}: {reason}. Change nothing else; report it at once to the security officer and the head of the agency.</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="13"/>
        <source>Tạo khóa ký của cơ quan</source>
        <translation>Create the agency signing key</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="14"/>
        <source>Đổi hiệu lực mục danh mục</source>
        <translation>Change a catalogue item&apos;s validity</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="15"/>
        <source>Thêm mục danh mục BMNN</source>
        <translation>Add a secrets catalogue item</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="16"/>
        <source>Nhập danh mục BMNN</source>
        <translation>Import the secrets catalogue</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="17"/>
        <source>Sửa mục danh mục BMNN</source>
        <translation>Edit a secrets catalogue item</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="18"/>
        <source>Ghi cam kết bảo vệ BMNN</source>
        <translation>Record a secrecy undertaking</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="19"/>
        <source>Sao, chụp tài liệu</source>
        <translation>Copy or photograph a document</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="20"/>
        <source>Hủy đề xuất tiêu hủy</source>
        <translation>Cancel a destruction proposal</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="21"/>
        <source>Lập hội đồng tiêu hủy</source>
        <translation>Set up the destruction council</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="22"/>
        <source>Quyết định tiêu hủy</source>
        <translation>Destruction decision</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="23"/>
        <source>Tiêu hủy khẩn cấp</source>
        <translation>Emergency destruction</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="24"/>
        <source>Biên bản họp hội đồng</source>
        <translation>Council meeting minutes</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="25"/>
        <source>Đề xuất tiêu hủy</source>
        <translation>Destruction proposal</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="26"/>
        <source>Biên bản tiêu hủy</source>
        <translation>Destruction record</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="27"/>
        <source>Hủy dòng đăng ký</source>
        <translation>Cancel a register line</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="28"/>
        <source>Thay đổi độ mật</source>
        <translation>Change the classification</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="29"/>
        <source>Giao người giữ</source>
        <translation>Assign the holder</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="30"/>
        <source>Giải mật</source>
        <translation>Declassification</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="31"/>
        <source>Tự động giải mật</source>
        <translation>Automatic declassification</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="32"/>
        <source>Gia hạn thời hạn bảo vệ</source>
        <translation>Extend the protection period</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="33"/>
        <source>Nhập văn bản từ tệp</source>
        <translation>Import a document from a file</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="34"/>
        <source>Vào sổ văn bản</source>
        <translation>Register a document</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="35"/>
        <source>Sửa thông tin văn bản</source>
        <translation>Edit a document&apos;s details</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="36"/>
        <source>Tạo bản thảo</source>
        <translation>Create a draft</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="37"/>
        <source>Hoàn tất bản thảo</source>
        <translation>Finish a draft</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="38"/>
        <source>Lưu bản thảo</source>
        <translation>Save a draft</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="39"/>
        <source>Bàn giao tài liệu</source>
        <translation>Hand over documents</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="40"/>
        <source>Kiểm tra máy tính</source>
        <translation>Check the computer</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="41"/>
        <source>Báo cáo sự cố lộ, mất</source>
        <translation>Report a disclosure or loss</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="42"/>
        <source>Cập nhật sự cố</source>
        <translation>Update an incident</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="43"/>
        <location filename="../pages/audit_table_model.py" line="75"/>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="44"/>
        <location filename="../pages/audit_table_model.py" line="76"/>
        <source>Đăng nhập sai</source>
        <translation>Failed log-in</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="45"/>
        <source>Cấp quyền đăng nhập</source>
        <translation>Grant log-in</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="46"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="47"/>
        <location filename="../pages/audit_table_model.py" line="77"/>
        <source>Mở sổ bằng mã khôi phục</source>
        <translation>Open the register with the recovery code</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="48"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="49"/>
        <source>Lưu nội dung báo cáo năm</source>
        <translation>Save the annual report text</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="50"/>
        <source>Xuất báo cáo ra USB an toàn</source>
        <translation>Export the report to a secure USB drive</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="51"/>
        <source>Thu hồi quyền đăng nhập</source>
        <translation>Revoke log-in</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="52"/>
        <source>Đăng ký máy soạn thảo</source>
        <translation>Register a drafting computer</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="53"/>
        <source>Thôi dùng máy</source>
        <translation>Retire a computer</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="54"/>
        <source>Sửa thông tin máy</source>
        <translation>Edit computer details</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="55"/>
        <source>Cấp mã khôi phục</source>
        <translation>Issue a recovery code</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="56"/>
        <source>Khóa quyển sổ</source>
        <translation>Close a register volume</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="57"/>
        <source>Nhập sổ cũ</source>
        <translation>Import an old register</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="58"/>
        <source>Mở quyển sổ mới</source>
        <translation>Open a new register volume</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="59"/>
        <source>Tạo sổ</source>
        <translation>Create register</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="60"/>
        <source>Đổi khóa mã hóa sổ</source>
        <translation>Change the register encryption key</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="61"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="62"/>
        <source>Ghi tự kiểm tra</source>
        <translation>Record a self-inspection</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="63"/>
        <source>Thay đổi cài đặt</source>
        <translation>Change a setting</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="64"/>
        <source>Phân công cán bộ</source>
        <translation>Assign staff</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="65"/>
        <source>Kết thúc phân công</source>
        <translation>End an assignment</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="66"/>
        <source>Mang tài liệu ra khỏi nơi lưu giữ</source>
        <translation>Take a document out of storage</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="67"/>
        <source>Đưa tài liệu về nơi lưu giữ</source>
        <translation>Return a document to storage</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="68"/>
        <source>Xác nhận đã nhận</source>
        <translation>Confirm receipt</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="69"/>
        <source>Chuyển giao tài liệu</source>
        <translation>Transfer a document</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="70"/>
        <source>Nhận lại tài liệu thu hồi</source>
        <translation>Receive a recalled document</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="71"/>
        <source>Phê duyệt USB an toàn</source>
        <translation>Approve a secure USB drive</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="72"/>
        <source>Thu hồi USB</source>
        <translation>Revoke USB drive</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="73"/>
        <source>Thêm cán bộ</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="74"/>
        <source>Sửa thông tin cán bộ</source>
        <translation>Edit a staff member</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="80"/>
        <source>văn bản</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="81"/>
        <source>cán bộ</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="82"/>
        <source>máy</source>
        <translation>computer</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="83"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="84"/>
        <source>lần kiểm tra</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="85"/>
        <source>bản sao</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="86"/>
        <source>chuyển giao</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="87"/>
        <source>hồ sơ tiêu hủy</source>
        <translation>destruction case</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="88"/>
        <source>bàn giao</source>
        <translation>handover</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="89"/>
        <source>sự cố</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="90"/>
        <source>mục danh mục</source>
        <translation>catalogue item</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="91"/>
        <source>cài đặt</source>
        <translation>setting</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="92"/>
        <source>cam kết</source>
        <translation>undertaking</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="93"/>
        <source>mang ra ngoài</source>
        <translation>taken out</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="94"/>
        <source>tự kiểm tra</source>
        <translation>self-inspection</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="95"/>
        <source>bản thảo</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="96"/>
        <source>cơ quan</source>
        <translation>agency</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="97"/>
        <source>quyển sổ</source>
        <translation>register volume</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="116"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="116"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="117"/>
        <source>Người thực hiện</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="117"/>
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="118"/>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../pages/audit_table_model.py" line="118"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>audit_details</name>
    <message>
        <location filename="../pages/audit_details.py" line="30"/>
        <source>năm {value}</source>
        <translation>year {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="31"/>
        <source>quyển {value}</source>
        <translation>volume {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="32"/>
        <source>số {value}</source>
        <translation>no. {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="33"/>
        <source>ký hiệu {value}</source>
        <translation>reference {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="34"/>
        <location filename="../pages/audit_details.py" line="35"/>
        <source>độ mật {value}</source>
        <translation>classification {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="36"/>
        <source>độ mật cũ {value}</source>
        <translation>old classification {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="37"/>
        <source>độ mật mới {value}</source>
        <translation>new classification {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="38"/>
        <source>loại: {value}</source>
        <translation>kind: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="39"/>
        <source>hình thức: {value}</source>
        <translation>form: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="40"/>
        <source>{value} bản</source>
        <translation>{value} copies</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="41"/>
        <source>bản sao số {value}</source>
        <translation>copy no. {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="42"/>
        <source>{value} bản hỏng đã hủy</source>
        <translation>{value} spoiled copies destroyed</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="43"/>
        <source>{value} tài liệu</source>
        <translation>{value} documents</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="44"/>
        <source>{value} USB</source>
        <translation>{value} USB drives</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="45"/>
        <source>{value} dòng</source>
        <translation>{value} lines</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="46"/>
        <source>thêm {value} mục</source>
        <translation>{value} items added</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="47"/>
        <source>cập nhật {value} mục</source>
        <translation>{value} items updated</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="48"/>
        <source>mục {value}</source>
        <translation>item {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="49"/>
        <source>còn hiệu lực: {value}</source>
        <translation>in force: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="50"/>
        <source>bên nhận: {value}</source>
        <translation>receiving party: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="51"/>
        <source>nơi nhận: {value}</source>
        <translation>recipient: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="52"/>
        <source>văn bản đề nghị {value}</source>
        <translation>request letter {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="53"/>
        <source>hạn thu hồi {value}</source>
        <translation>recall deadline {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="54"/>
        <source>ký nhận: {value}</source>
        <translation>receipt: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="55"/>
        <source>ngày trả lại {value}</source>
        <translation>returned on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="56"/>
        <source>ngày mang ra {value}</source>
        <translation>taken out on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="57"/>
        <source>hạn đưa về {value}</source>
        <translation>due back {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="58"/>
        <source>ngày {value}</source>
        <translation>on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="59"/>
        <source>ngày bàn giao {value}</source>
        <translation>handed over on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="60"/>
        <source>ngày ký {value}</source>
        <translation>signed on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="61"/>
        <source>ngày kết thúc {value}</source>
        <translation>ended on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="62"/>
        <source>quyết định số {value}</source>
        <translation>decision no. {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="63"/>
        <location filename="../pages/audit_details.py" line="64"/>
        <source>ngày quyết định {value}</source>
        <translation>decided on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="65"/>
        <source>quyết định thành lập hội đồng {value}</source>
        <translation>council decision {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="66"/>
        <source>thành viên: {value}</source>
        <translation>members: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="67"/>
        <source>ngày họp {value}</source>
        <translation>met on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="68"/>
        <source>ngày đề xuất {value}</source>
        <translation>proposed on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="69"/>
        <source>ngày tiêu hủy {value}</source>
        <translation>destroyed on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="70"/>
        <source>biên bản số {value}</source>
        <translation>record no. {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="71"/>
        <source>văn bản báo cáo {value}</source>
        <translation>report letter {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="72"/>
        <source>thêm {value} năm</source>
        <translation>{value} more years</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="73"/>
        <source>hết hạn bảo vệ cũ {value}</source>
        <translation>old end of protection {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="74"/>
        <source>hết hạn bảo vệ mới {value}</source>
        <translation>new end of protection {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="75"/>
        <source>có hiệu lực từ {value}</source>
        <translation>effective from {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="76"/>
        <source>hạn thông báo {value}</source>
        <translation>notice due {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="77"/>
        <source>ngày thông báo {value}</source>
        <translation>notified on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="78"/>
        <source>quá hạn: {value}</source>
        <translation>late: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="79"/>
        <source>ngày xảy ra {value}</source>
        <translation>occurred on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="80"/>
        <source>ngày báo cáo {value}</source>
        <translation>reported on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="81"/>
        <source>nơi lưu giữ cũ: {value}</source>
        <translation>old storage place: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="82"/>
        <source>nơi lưu giữ mới: {value}</source>
        <translation>new storage place: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="83"/>
        <source>lý do: {value}</source>
        <translation>reason: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="84"/>
        <location filename="../pages/audit_details.py" line="85"/>
        <source>đã sửa: {value}</source>
        <translation>changed: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="86"/>
        <source>họ tên: {value}</source>
        <translation>name: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="87"/>
        <source>tên đăng nhập: {value}</source>
        <translation>user name: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="88"/>
        <source>vai trò: {value}</source>
        <translation>role: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="89"/>
        <source>thẩm quyền: {value}</source>
        <translation>authority: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="90"/>
        <source>thẩm quyền người cho phép: {value}</source>
        <translation>authority of the authoriser: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="91"/>
        <source>người đứng đầu: {value}</source>
        <translation>head of agency: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="92"/>
        <source>bằng {value}</source>
        <translation>by {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="93"/>
        <source>lúc {value}</source>
        <translation>at {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="94"/>
        <source>{value} lần không ghi chi tiết</source>
        <translation>{value} attempts not detailed</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="95"/>
        <source>cơ quan: {value}</source>
        <translation>agency: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="96"/>
        <source>tên: {value}</source>
        <translation>name: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="97"/>
        <source>tem số {value}</source>
        <translation>seal no. {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="98"/>
        <source>ngày kiểm tra {value}</source>
        <translation>inspected on {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="99"/>
        <source>đơn vị kiểm tra: {value}</source>
        <translation>inspected by: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="100"/>
        <source>chủ trì: {value}</source>
        <translation>led by: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="101"/>
        <source>kết quả: {value}</source>
        <translation>result: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="102"/>
        <source>mục đích: {value}</source>
        <translation>purpose: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="103"/>
        <source>quy tắc: {value}</source>
        <translation>rules: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="104"/>
        <source>số sê-ri {value}</source>
        <translation>serial {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="105"/>
        <source>mã hãng {value}</source>
        <translation>vendor {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="106"/>
        <source>mã sản phẩm {value}</source>
        <translation>product {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="107"/>
        <source>quyết định cấp {value}</source>
        <translation>allocation decision {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="108"/>
        <source>cài đặt {value}</source>
        <translation>setting {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="109"/>
        <source>cũ: {value}</source>
        <translation>old: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="110"/>
        <source>mới: {value}</source>
        <translation>new: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="111"/>
        <source>tệp {value}</source>
        <translation>file {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="112"/>
        <source>dòng {value} của tệp</source>
        <translation>line {value} of the file</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="113"/>
        <source>tệp: {value}</source>
        <translation>files: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="114"/>
        <source>thư mục {value}</source>
        <translation>folder {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="115"/>
        <source>SHA-256 {value}</source>
        <translation>SHA-256 {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="116"/>
        <source>bản sao lưu {value}</source>
        <translation>backup {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="117"/>
        <source>sao lưu lúc {value}</source>
        <translation>backed up at {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="118"/>
        <source>cấp mã khôi phục mới: {value}</source>
        <translation>new recovery code issued: {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="119"/>
        <source>{value} khóa mở sổ</source>
        <translation>{value} unlock keys</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="120"/>
        <source>thuật toán {value}</source>
        <translation>algorithm {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="121"/>
        <source>{value} ký tự</source>
        <translation>{value} characters</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="122"/>
        <source>chế độ {value}</source>
        <translation>regime {value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="126"/>
        <source>văn bản #{value}</source>
        <translation>document #{value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="127"/>
        <location filename="../pages/audit_details.py" line="128"/>
        <source>cán bộ #{value}</source>
        <translation>staff member #{value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="129"/>
        <source>từ cán bộ #{value}</source>
        <translation>from staff member #{value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="130"/>
        <source>cho cán bộ #{value}</source>
        <translation>to staff member #{value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="131"/>
        <source>người giữ cũ #{value}</source>
        <translation>old holder #{value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="132"/>
        <source>người giữ mới #{value}</source>
        <translation>new holder #{value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="133"/>
        <source>người cho phép #{value}</source>
        <translation>authorised by #{value}</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="137"/>
        <source>sổ đến</source>
        <translation>incoming register</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="137"/>
        <source>sổ đi</source>
        <translation>outgoing register</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="139"/>
        <source>giải mật một phần</source>
        <translation>partial declassification</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="140"/>
        <source>giải mật toàn bộ</source>
        <translation>full declassification</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="141"/>
        <source>tự động giải mật</source>
        <translation>automatic declassification</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="142"/>
        <source>mã khôi phục</source>
        <translation>recovery code</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="143"/>
        <source>người đứng đầu cơ quan</source>
        <translation>head of agency</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="144"/>
        <source>đạt</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="145"/>
        <source>không đạt</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="146"/>
        <source>tự kiểm tra</source>
        <translation>self-inspection</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="147"/>
        <source>chủ tịch</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="148"/>
        <source>người trực tiếp quản lý</source>
        <translation>custodian</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="149"/>
        <source>thành viên</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="152"/>
        <source>số, ký hiệu</source>
        <translation>number, reference</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="153"/>
        <source>ngày văn bản</source>
        <translation>document date</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="154"/>
        <source>ngày đến</source>
        <translation>date received</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="155"/>
        <source>tên loại</source>
        <translation>document type</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="156"/>
        <source>trích yếu</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="157"/>
        <source>cơ quan ban hành</source>
        <translation>issuing agency</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="158"/>
        <source>người ký</source>
        <translation>signatory</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="159"/>
        <source>nơi nhận</source>
        <translation>recipients</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="160"/>
        <source>ghi chú</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="161"/>
        <source>nơi lưu giữ</source>
        <translation>storage place</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="162"/>
        <source>họ tên</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="163"/>
        <source>chức vụ</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="164"/>
        <source>vai trò</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="165"/>
        <source>còn hoạt động</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="166"/>
        <source>nội dung</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../pages/audit_details.py" line="167"/>
        <source>độ mật</source>
        <translation>classification</translation>
    </message>
</context>
<context>
    <name>bar_chart</name>
    <message>
        <location filename="../widgets/bar_chart.py" line="46"/>
        <source>Chưa có số liệu</source>
        <translation>No figures yet</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../pages/catalogue_page.py" line="36"/>
        <source>&lt;h2&gt;Danh mục bí mật nhà nước&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;State secrets catalogue&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="37"/>
        <source>Mỗi lần xác định độ mật phải dẫn căn cứ là một mục của danh mục ({citation}).</source>
        <translation>Every classification must cite an item of the catalogue as its basis ({citation}).</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="43"/>
        <source>Tìm theo quyết định, điều, nội dung… (không cần dấu)</source>
        <translation>Search by decision, article, text… (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="46"/>
        <source>Thêm mục…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="47"/>
        <source>Ngừng / khôi phục hiệu lực…</source>
        <translation>Suspend / restore…</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="48"/>
        <source>Nhập từ CSV…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="53"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="53"/>
        <location filename="../pages/catalogue_page.py" line="120"/>
        <source>Điều</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="54"/>
        <location filename="../pages/catalogue_page.py" line="121"/>
        <source>Khoản</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="54"/>
        <location filename="../pages/catalogue_page.py" line="122"/>
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="55"/>
        <location filename="../pages/catalogue_page.py" line="123"/>
        <source>Độ mật</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="56"/>
        <location filename="../pages/catalogue_page.py" line="124"/>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="57"/>
        <source>Hiệu lực</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="58"/>
        <source>Còn</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="58"/>
        <source>Đã ngừng</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="86"/>
        <source>{n} mục.</source>
        <translation>{n} items.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="113"/>
        <source>Thêm mục danh mục BMNN</source>
        <translation>Add a secrets catalogue item</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="114"/>
        <source>Mục mới dùng được ngay làm căn cứ xác định độ mật.</source>
        <translation>The new item can be cited as a classification basis at once.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="116"/>
        <source>Quyết định (số, ký hiệu)</source>
        <translation>Decision (number, reference)</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="117"/>
        <source>Ghi số quyết định ban hành danh mục.</source>
        <translation>Enter the number of the decision issuing the catalogue.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="118"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="119"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="120"/>
        <source>Ghi điều.</source>
        <translation>Enter the article.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="125"/>
        <source>Ghi nội dung của mục danh mục.</source>
        <translation>Enter the text of the catalogue item.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="127"/>
        <source>Thêm mục</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="140"/>
        <source>Chọn một mục trong danh sách trước.</source>
        <translation>Select an item in the list first.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="144"/>
        <source>Ngừng hiệu lực mục danh mục</source>
        <translation>Suspend a catalogue item</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="145"/>
        <source>Mục &quot;{citation}&quot; sẽ không chọn được làm căn cứ cho lần xác định độ mật mới. Tài liệu đã dẫn mục này vẫn giữ căn cứ cũ.</source>
        <translation>Item &quot;{citation}&quot; can no longer be chosen as the basis of a new classification. Documents that already cite it keep their basis.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="157"/>
        <source>Chọn tệp CSV danh mục BMNN</source>
        <translation>Choose the secrets catalogue CSV file</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="165"/>
        <source>Nhập danh mục</source>
        <translation>Import the catalogue</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="166"/>
        <source>Đã thêm {added} mục, cập nhật {updated} mục.</source>
        <translation>{added} items added, {updated} items updated.</translation>
    </message>
    <message>
        <location filename="../pages/catalogue_page.py" line="171"/>
        <source>Đang nhập danh mục…</source>
        <translation>Importing the catalogue…</translation>
    </message>
</context>
<context>
    <name>catalogue_picker</name>
    <message>
        <location filename="../dialogs/catalogue_picker.py" line="66"/>
        <source>Gõ để tìm trong danh mục BMNN (không cần dấu)…</source>
        <translation>Type to search the secrets catalogue (diacritics optional)…</translation>
    </message>
    <message>
        <location filename="../dialogs/catalogue_picker.py" line="69"/>
        <source>Bỏ chọn</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../dialogs/catalogue_picker.py" line="77"/>
        <location filename="../dialogs/catalogue_picker.py" line="101"/>
        <source>Chưa chọn căn cứ.</source>
        <translation>No basis chosen.</translation>
    </message>
    <message>
        <location filename="../dialogs/catalogue_picker.py" line="126"/>
        <source>Không có mục nào khớp. Thử từ khóa khác.</source>
        <translation>No item matches. Try other words.</translation>
    </message>
</context>
<context>
    <name>change_review</name>
    <message>
        <location filename="../dialogs/change_review_dialog.py" line="21"/>
        <source>Xem lại thay đổi trước khi ghi</source>
        <translation>Review the changes before saving</translation>
    </message>
    <message>
        <location filename="../dialogs/change_review_dialog.py" line="24"/>
        <source>Các trường sau sẽ được sửa trong sổ. Giá trị cũ được giữ trong nhật ký kiểm toán.</source>
        <translation>These fields will be changed in the register. The old values are kept in the audit log.</translation>
    </message>
    <message>
        <location filename="../dialogs/change_review_dialog.py" line="29"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../dialogs/change_review_dialog.py" line="29"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../dialogs/change_review_dialog.py" line="30"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../dialogs/change_review_dialog.py" line="33"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../dialogs/change_review_dialog.py" line="39"/>
        <source>Ghi thay đổi</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <location filename="../dialogs/change_review_dialog.py" line="40"/>
        <source>Không, quay lại sửa</source>
        <translation>No, go back and edit</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../models/vocabulary.py" line="67"/>
        <source>Sao y bản chính</source>
        <translation>Certified true copy</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="68"/>
        <source>Sao lục</source>
        <translation>Official transcript</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="69"/>
        <source>Trích sao</source>
        <translation>Extract copy</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="70"/>
        <source>Chụp</source>
        <translation>Photograph</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="71"/>
        <source>Chuyển từ giấy sang điện tử</source>
        <translation>Paper to electronic</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="73"/>
        <source>Cung cấp</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="74"/>
        <source>Chuyển giao</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="75"/>
        <source>Cơ quan, tổ chức, người Việt Nam</source>
        <translation>Vietnamese agency, organisation or person</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="76"/>
        <source>Cơ quan, tổ chức, cá nhân nước ngoài</source>
        <translation>Foreign agency, organisation or person</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="78"/>
        <source>Chuyên trách</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="79"/>
        <source>Kiêm nhiệm</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="80"/>
        <source>Cam kết khi nhận nhiệm vụ</source>
        <translation>Undertaking on taking up duties</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="81"/>
        <source>Cam kết khi thôi nhiệm vụ</source>
        <translation>Undertaking on leaving duties</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="82"/>
        <source>Thôi việc</source>
        <translation>Left the job</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="83"/>
        <source>Chuyển công tác</source>
        <translation>Transferred to another post</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="84"/>
        <source>Nghỉ hưu</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="85"/>
        <source>Lý do khác</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="87"/>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="88"/>
        <source>Đã lập hội đồng</source>
        <translation>Council set up</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="89"/>
        <source>Đã họp hội đồng</source>
        <translation>Council met</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="90"/>
        <source>Đã có quyết định</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="91"/>
        <source>Đã tiêu hủy</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="92"/>
        <source>Hủy đề xuất</source>
        <translation>Proposal cancelled</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="94"/>
        <source>Lộ bí mật nhà nước</source>
        <translation>Disclosure of state secrets</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="95"/>
        <source>Mất tài liệu, vật chứa BMNN</source>
        <translation>Loss of a classified document or medium</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="96"/>
        <source>Bì có dấu hiệu bị bóc, mở</source>
        <translation>Envelope shows signs of opening</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="97"/>
        <source>Vi phạm khác</source>
        <translation>Other violation</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="102"/>
        <source>Văn thư</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="103"/>
        <source>Cán bộ bảo mật</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="104"/>
        <source>Lãnh đạo</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="105"/>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../pages/dashboard_page.py" line="68"/>
        <source>Chưa kiểm tra máy tính này.</source>
        <translation>This computer has not been checked yet.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="71"/>
        <source>Vi phạm / ghi nhận</source>
        <translation>Violation / observation</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="71"/>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="79"/>
        <source>Kiểm tra lại máy</source>
        <translation>Check the computer again</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="81"/>
        <source>Máy tính này</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="92"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="92"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="92"/>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="101"/>
        <source>Việc cần làm và cảnh báo</source>
        <translation>To do and alerts</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="112"/>
        <source>Số văn bản mật trong năm</source>
        <translation>Classified documents this year</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="127"/>
        <source>&lt;h2&gt;Tổng quan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Overview&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="165"/>
        <source>Không có việc nào đến hạn.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="167"/>
        <source>{n} việc cần xử lý, sắp theo hạn.</source>
        <translation>{n} items to handle, by due date.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="171"/>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="187"/>
        <source>Theo độ mật, năm {year}</source>
        <translation>By classification level, {year}</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="192"/>
        <source>Đang kiểm tra máy tính…</source>
        <translation>Checking the computer…</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="199"/>
        <source>Không kiểm tra được máy: {e} Coi như máy chưa đạt; không soạn thảo BMNN cho đến khi kiểm tra lại thành công.</source>
        <translation>The computer could not be checked: {e} Treat it as not compliant; do not draft state secrets until a check succeeds.</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="208"/>
        <source>Máy đạt yêu cầu soạn thảo BMNN, có {n} cảnh báo cần xem xét bên dưới (kiểm tra lúc {when}).</source>
        <translation>The computer meets the requirements for drafting state secrets, with {n} warning(s) to review below (checked at {when}).</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="212"/>
        <source>Máy đạt yêu cầu soạn thảo BMNN (kiểm tra lúc {when}).</source>
        <translation>The computer meets the requirements for drafting state secrets (checked at {when}).</translation>
    </message>
    <message>
        <location filename="../pages/dashboard_page.py" line="215"/>
        <source>Máy KHÔNG đạt yêu cầu (kiểm tra lúc {when}): {n} vi phạm phải khắc phục trước khi soạn thảo BMNN.</source>
        <translation>The computer does NOT meet the requirements (checked at {when}): {n} violation(s) must be fixed before drafting state secrets.</translation>
    </message>
</context>
<context>
    <name>destruction</name>
    <message>
        <location filename="../pages/destruction_page.py" line="33"/>
        <source>Tiêu hủy khẩn cấp chỉ dùng khi không thể giữ tài liệu an toàn và để lại sẽ gây lộ, mất bí mật nhà nước. Tài liệu được ghi là đã tiêu hủy ngay, không qua hội đồng; phải có văn bản báo cáo ngay người có thẩm quyền.</source>
        <translation>Emergency destruction is only for when documents cannot be kept safe and keeping them would disclose or lose state secrets. They are recorded as destroyed at once, without a council; a written report to the competent person is required immediately.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="51"/>
        <source>Dòng {n}: vai trò phải là chủ tịch, người quản lý hoặc thành viên.</source>
        <translation>Line {n}: the role must be chair, custodian or member.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="62"/>
        <source> (khẩn cấp)</source>
        <translation> (emergency)</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="78"/>
        <source>&lt;h2&gt;Tiêu hủy tài liệu bí mật nhà nước&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Destruction of classified documents&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="79"/>
        <source>Đề xuất tiêu hủy bắt đầu từ trang chi tiết của tài liệu. Tài liệu đã tiêu hủy vẫn nằm trong sổ và nhật ký kiểm toán.</source>
        <translation>Destruction is proposed from a document&apos;s detail page. Destroyed documents remain in the register and the audit log.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="85"/>
        <source>Lập hội đồng…</source>
        <translation>Set up council…</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="86"/>
        <source>Ghi biên bản họp…</source>
        <translation>Record minutes…</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="87"/>
        <source>Ghi quyết định…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="88"/>
        <source>Ghi biên bản tiêu hủy…</source>
        <translation>Record destruction…</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="89"/>
        <source>Hủy đề xuất…</source>
        <translation>Cancel proposal…</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="90"/>
        <source>In biên bản…</source>
        <translation>Print record…</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="96"/>
        <source>Tiêu hủy khẩn cấp…</source>
        <translation>Emergency destruction…</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="98"/>
        <source>Tiêu hủy ngay khi để lại sẽ gây lộ, mất bí mật nhà nước; phải có văn bản báo cáo.</source>
        <translation>Destroy at once when keeping the documents would disclose or lose state secrets; a written report is required.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="105"/>
        <source>Hồ sơ</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="106"/>
        <source>Ngày đề xuất</source>
        <translation>Proposal date</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="107"/>
        <source>Người đề xuất</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="108"/>
        <source>Giai đoạn</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="109"/>
        <source>Số tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="110"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="110"/>
        <location filename="../pages/destruction_page.py" line="210"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="153"/>
        <source>Lập hội đồng tiêu hủy — hồ sơ {id}</source>
        <translation>Set up the destruction council — case {id}</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="154"/>
        <source>Ghi quyết định thành lập hội đồng: chủ tịch là lãnh đạo cơ quan, có người trực tiếp quản lý tài liệu và các thành viên.</source>
        <translation>Record the decision setting up the council: chaired by the agency&apos;s management, with the documents&apos; custodian and the members.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="156"/>
        <source>Quyết định thành lập hội đồng</source>
        <translation>Decision setting up the council</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="157"/>
        <source>Ghi số quyết định thành lập hội đồng.</source>
        <translation>Enter the number of the decision setting up the council.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="158"/>
        <source>Thành viên (mỗi dòng: Họ tên; chức vụ; vai trò)</source>
        <translation>Members (one a line: full name; position; role)</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="159"/>
        <source>Ghi thành viên hội đồng.</source>
        <translation>Enter the council members.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="162"/>
        <source>Ghi hội đồng</source>
        <translation>Record the council</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="165"/>
        <source>Biên bản họp hội đồng — hồ sơ {id}</source>
        <translation>Council meeting minutes — case {id}</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="166"/>
        <source>Ghi ngày họp và kết luận của hội đồng tiêu hủy.</source>
        <translation>Record the meeting date and conclusions of the council.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="167"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="168"/>
        <source>Ghi ngày họp.</source>
        <translation>Enter the meeting date.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="169"/>
        <source>Kết luận</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="172"/>
        <source>Ghi biên bản họp</source>
        <translation>Record the minutes</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="175"/>
        <source>Quyết định tiêu hủy — hồ sơ {id}</source>
        <translation>Destruction decision — case {id}</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="176"/>
        <source>Ghi quyết định tiêu hủy của người có thẩm quyền.</source>
        <translation>Record the destruction decision of the competent person.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="177"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="178"/>
        <source>Ghi số quyết định.</source>
        <translation>Enter the decision number.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="179"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="181"/>
        <source>Ghi ngày quyết định.</source>
        <translation>Enter the decision date.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="182"/>
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="183"/>
        <source>Ghi người quyết định.</source>
        <translation>Enter who decided.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="186"/>
        <source>Ghi quyết định</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="189"/>
        <source>Biên bản tiêu hủy — hồ sơ {id}</source>
        <translation>Destruction record — case {id}</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="191"/>
        <source>{n} tài liệu ({items}) chuyển sang tình trạng &quot;Đã tiêu hủy&quot;. Dòng sổ vẫn được giữ; việc này không hoàn tác được.</source>
        <translation>{n} documents ({items}) become &quot;Destroyed&quot;. The register lines are kept; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="193"/>
        <location filename="../pages/destruction_page.py" line="261"/>
        <source>Ngày tiêu hủy</source>
        <translation>Destruction date</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="195"/>
        <location filename="../pages/destruction_page.py" line="262"/>
        <source>Ghi ngày tiêu hủy.</source>
        <translation>Enter the destruction date.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="196"/>
        <location filename="../pages/destruction_page.py" line="266"/>
        <source>Hình thức tiêu hủy</source>
        <translation>Method of destruction</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="197"/>
        <source>Ghi hình thức tiêu hủy.</source>
        <translation>Enter the method of destruction.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="198"/>
        <source>Giờ bắt đầu (giờ:phút)</source>
        <translation>Start time (hh:mm)</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="199"/>
        <location filename="../pages/destruction_page.py" line="267"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="200"/>
        <source>Số biên bản tiêu hủy</source>
        <translation>Destruction record number</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="201"/>
        <source>Ghi số biên bản tiêu hủy.</source>
        <translation>Enter the destruction record number.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="205"/>
        <source>Ghi biên bản tiêu hủy</source>
        <translation>Record the destruction</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="207"/>
        <source>Hủy đề xuất tiêu hủy — hồ sơ {id}</source>
        <translation>Cancel the destruction proposal — case {id}</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="209"/>
        <source>Đề xuất này dừng lại; tài liệu tiếp tục được quản lý như trước.</source>
        <translation>The proposal stops; the documents are managed as before.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="211"/>
        <source>Ghi lý do hủy đề xuất.</source>
        <translation>Enter why the proposal is cancelled.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="213"/>
        <source>Hủy đề xuất</source>
        <translation>Cancel proposal</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="235"/>
        <source>{ref} — {level} — người giữ: {holder}</source>
        <translation>{ref} — {level} — holder: {holder}</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="236"/>
        <source>chưa giao</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="243"/>
        <source>(chưa ghi)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="244"/>
        <source>{n} tài liệu chuyển ngay sang tình trạng &quot;Đã tiêu hủy&quot; mà không qua hội đồng và quyết định tiêu hủy: {refs}. Văn bản báo cáo: {report}. Dòng sổ và nhật ký vẫn được giữ; việc này không hoàn tác được.</source>
        <translation>{n} documents become &quot;Destroyed&quot; at once, without a council or destruction decision: {refs}. Report letter: {report}. The register lines and the log are kept; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="250"/>
        <source>Tiêu hủy khẩn cấp tài liệu bí mật nhà nước</source>
        <translation>Emergency destruction of classified documents</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="253"/>
        <source>Văn bản báo cáo (số, ngày)</source>
        <translation>Report letter (number, date)</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="254"/>
        <source>Văn bản báo cáo ngay người có thẩm quyền về việc tiêu hủy khẩn cấp.</source>
        <translation>The letter reporting the emergency destruction at once to the competent person.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="256"/>
        <source>Ghi số, ngày văn bản báo cáo tiêu hủy khẩn cấp.</source>
        <translation>Enter the number and date of the emergency destruction report.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="257"/>
        <source>Lý do (nguy cơ nếu không tiêu hủy)</source>
        <translation>Reason (the risk if not destroyed)</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="258"/>
        <source>Ghi lý do tiêu hủy khẩn cấp.</source>
        <translation>Enter the reason for the emergency destruction.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="259"/>
        <source>Tài liệu tiêu hủy</source>
        <translation>Documents to destroy</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="260"/>
        <source>Chọn ít nhất một tài liệu.</source>
        <translation>Choose at least one document.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="263"/>
        <source>Người tiêu hủy</source>
        <translation>Destroyed by</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="265"/>
        <source>Ghi người tiêu hủy.</source>
        <translation>Enter who destroyed them.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="268"/>
        <source>Giờ tiêu hủy (giờ:phút)</source>
        <translation>Time of destruction (hh:mm)</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="273"/>
        <source>Tiêu hủy khẩn cấp</source>
        <translation>Emergency destruction</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="287"/>
        <source>Chọn một hồ sơ tiêu hủy trong danh sách trước.</source>
        <translation>Select a destruction case in the list first.</translation>
    </message>
    <message>
        <location filename="../pages/destruction_page.py" line="281"/>
        <source>Biên bản tiêu hủy BMNN</source>
        <translation>Classified document destruction record</translation>
    </message>
</context>
<context>
    <name>document_detail</name>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="54"/>
        <source>Chi tiết tài liệu BMNN</source>
        <translation>Classified document details</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="66"/>
        <source>Dòng sổ</source>
        <translation>Register line</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="82"/>
        <source>Diễn biến</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="96"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="100"/>
        <source>Sửa dòng sổ…</source>
        <translation>Edit the line…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="100"/>
        <source>Sao, chụp…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="101"/>
        <source>Cung cấp, chuyển giao…</source>
        <translation>Provide, transfer…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="102"/>
        <source>Thu hồi…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="103"/>
        <source>Giao xử lý, ký nhận…</source>
        <translation>Hand over for handling…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="104"/>
        <source>Mang ra khỏi nơi lưu giữ…</source>
        <translation>Take out of storage…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="105"/>
        <source>Đưa trở lại nơi lưu giữ…</source>
        <translation>Return to storage…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="106"/>
        <source>Gia hạn…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="106"/>
        <source>Điều chỉnh độ mật…</source>
        <translation>Change classification…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="107"/>
        <source>Giải mật…</source>
        <translation>Declassify…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="108"/>
        <source>Đề xuất tiêu hủy…</source>
        <translation>Propose destruction…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="108"/>
        <source>Hủy số…</source>
        <translation>Cancel the number…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="109"/>
        <source>In dấu…</source>
        <translation>Print marks…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="110"/>
        <source>In bì trong, bì ngoài…</source>
        <translation>Print inner and outer envelopes…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="252"/>
        <source>Bì thư cho {reference}</source>
        <translation>Envelopes for {reference}</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="253"/>
        <source>tài liệu</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="280"/>
        <source>Đang dựng bản in…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="120"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="136"/>
        <source>Sổ đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="136"/>
        <source>Sổ đi</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="138"/>
        <source>{book} — số {number}/{year}</source>
        <translation>{book} — no. {number}/{year}</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="162"/>
        <source> — tên loại</source>
        <translation> — document type</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="166"/>
        <source> — trích yếu</source>
        <translation> — summary</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="176"/>
        <source>Căn cứ danh mục BMNN</source>
        <translation>Basis in the secrets catalogue</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="177"/>
        <source>Người xác định độ mật</source>
        <translation>Classified by</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="178"/>
        <source>Ngày xác định độ mật</source>
        <translation>Classified on</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="179"/>
        <source>Hết thời hạn bảo vệ</source>
        <translation>Protection ends</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="180"/>
        <source>Người giữ</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="181"/>
        <source>Nơi lưu giữ</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <location filename="../dialogs/document_detail_dialog.py" line="183"/>
        <source>Tài liệu thu hồi, hạn</source>
        <translation>Document to be recalled, deadline</translation>
    </message>
</context>
<context>
    <name>document_form</name>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="45"/>
        <source>Số thứ tự (tự cấp)</source>
        <translation>Serial number (automatic)</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="46"/>
        <source>Tên loại</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="47"/>
        <source>Trích yếu nội dung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="48"/>
        <source>Ngày tháng văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="51"/>
        <source>Ghi ngày đến của tài liệu.</source>
        <translation>Enter the date the document arrived.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="52"/>
        <source>Ghi cơ quan ban hành tài liệu.</source>
        <translation>Enter the agency that issued the document.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="53"/>
        <source>Ghi số, ký hiệu của tài liệu (ghi &quot;không số&quot; nếu tài liệu không có số).</source>
        <translation>Enter the document&apos;s number and reference (write &quot;không số&quot; if it has none).</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="55"/>
        <source>Ghi ngày tháng của văn bản đi.</source>
        <translation>Enter the date of the outgoing document.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="56"/>
        <source>Ghi số, ký hiệu của văn bản đi.</source>
        <translation>Enter the number and reference of the outgoing document.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="57"/>
        <source>Ghi người ký văn bản.</source>
        <translation>Enter who signed the document.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="90"/>
        <source>Sửa dòng Sổ đăng ký BMNN đến</source>
        <translation>Edit a line of the incoming register</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="91"/>
        <source>Vào Sổ đăng ký BMNN đến</source>
        <translation>Enter in the incoming register</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="93"/>
        <source>Sửa dòng Sổ đăng ký BMNN đi</source>
        <translation>Edit a line of the outgoing register</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="94"/>
        <source>Vào Sổ đăng ký BMNN đi</source>
        <translation>Enter in the outgoing register</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="106"/>
        <source>Xác định độ mật và quản lý</source>
        <translation>Classification and management</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="118"/>
        <source>Xem thay đổi và ghi</source>
        <translation>Review changes and save</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="118"/>
        <source>Ghi vào sổ (Ctrl+Enter)</source>
        <translation>Enter in the register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="120"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="201"/>
        <source>Ghi bổ sung (vào sổ sau ngày của dòng trước)</source>
        <translation>Late entry (registered after the date of the previous line)</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="208"/>
        <source>Bắt buộc khi cơ quan mình xác định độ mật: {citation}</source>
        <translation>Required when this agency classifies the document: {citation}</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="211"/>
        <source>Ghi khi tài liệu đến có nêu căn cứ xác định độ mật.</source>
        <translation>Enter it when the incoming document states its classification basis.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="212"/>
        <source>Căn cứ danh mục BMNN</source>
        <translation>Basis in the secrets catalogue</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="213"/>
        <source>Người xác định độ mật</source>
        <translation>Classified by</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="214"/>
        <source>Ngày xác định độ mật</source>
        <translation>Classified on</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="217"/>
        <source>Theo độ mật</source>
        <translation>By classification</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="218"/>
        <source>Thời hạn bảo vệ (năm)</source>
        <translation>Protection period (years)</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="219"/>
        <source>Ghi chú thời hạn</source>
        <translation>Period note</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="220"/>
        <source>Nơi lưu giữ</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="224"/>
        <source>Người giữ / giao xử lý</source>
        <translation>Holder / handed to</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="225"/>
        <source>— văn thư giữ, chưa giao —</source>
        <translation>— kept by the clerk, not handed over —</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="226"/>
        <source>Người nhận tài liệu để giữ, xử lý; ký nhận ngày vào sổ.</source>
        <translation>Who receives the item to keep and handle; signs for it on the registration date.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="227"/>
        <source>Tài liệu thu hồi</source>
        <translation>Document to be recalled</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="228"/>
        <source>Có dấu &quot;Tài liệu thu hồi&quot;</source>
        <translation>Stamped &quot;Tài liệu thu hồi&quot; (to be recalled)</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="229"/>
        <source>Hạn thu hồi</source>
        <translation>Recall deadline</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="242"/>
        <source> (không ghi trích yếu)</source>
        <translation> (no summary recorded)</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="248"/>
        <source>{n} (năm {year})</source>
        <translation>{n} (year {year})</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="289"/>
        <source>Đổi độ mật bằng thao tác &quot;Điều chỉnh độ mật&quot; ở trang chi tiết.</source>
        <translation>Change the classification with &quot;Change classification&quot; on the detail page.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="314"/>
        <source>Tài liệu thu hồi phải ghi hạn thu hồi.</source>
        <translation>A document to be recalled needs a recall deadline.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="357"/>
        <source>Đang ghi vào sổ…</source>
        <translation>Entering in the register…</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="377"/>
        <source>Chưa có gì thay đổi so với dòng sổ đã ghi.</source>
        <translation>Nothing differs from the recorded line yet.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_form_dialog.py" line="393"/>
        <source>Đang ghi thay đổi…</source>
        <translation>Saving the changes…</translation>
    </message>
</context>
<context>
    <name>document_picker</name>
    <message>
        <location filename="../dialogs/document_picker.py" line="21"/>
        <source>Lọc theo số, ký hiệu, người giữ… (không cần dấu)</source>
        <translation>Filter by number, reference, holder… (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../dialogs/document_picker.py" line="41"/>
        <source>Không có tài liệu nào đang được quản lý có thể tiêu hủy.</source>
        <translation>No managed document can be destroyed.</translation>
    </message>
    <message>
        <location filename="../dialogs/document_picker.py" line="56"/>
        <source>Đã chọn {n} tài liệu.</source>
        <translation>{n} documents chosen.</translation>
    </message>
</context>
<context>
    <name>drafting</name>
    <message>
        <location filename="../drafting/draft_editor.py" line="30"/>
        <source>Tên dự thảo (không in ra)</source>
        <translation>Draft name (not printed)</translation>
    </message>
    <message>
        <location filename="../drafting/draft_editor.py" line="36"/>
        <source>Tên dự thảo</source>
        <translation>Draft name</translation>
    </message>
    <message>
        <location filename="../drafting/draft_editor.py" line="37"/>
        <source>Độ mật</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../drafting/draft_editor.py" line="38"/>
        <source>Căn cứ danh mục BMNN</source>
        <translation>Basis in the secrets catalogue</translation>
    </message>
    <message>
        <location filename="../drafting/draft_editor.py" line="41"/>
        <source>Đậm</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../drafting/draft_editor.py" line="42"/>
        <source>Nghiêng</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../drafting/draft_editor.py" line="44"/>
        <source>Gạch chân</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../drafting/draft_editor.py" line="46"/>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../drafting/draft_editor.py" line="47"/>
        <source>Căn giữa</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../drafting/finish_dialog.py" line="17"/>
        <source>Hoàn thành dự thảo và vào Sổ đăng ký BMNN đi</source>
        <translation>Finish the draft and enter it in the outgoing register</translation>
    </message>
    <message>
        <location filename="../drafting/finish_dialog.py" line="20"/>
        <source>Độ mật lấy theo dự thảo.</source>
        <translation>The classification comes from the draft.</translation>
    </message>
    <message>
        <location filename="../drafting/finish_dialog.py" line="30"/>
        <source>Đang vào sổ đi…</source>
        <translation>Entering in the outgoing register…</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="36"/>
        <source>• {summary}
   Căn cứ: {basis}</source>
        <translation>• {summary}
   Basis: {basis}</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="51"/>
        <source>&lt;h2&gt;Soạn thảo tài liệu bí mật nhà nước&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Drafting classified documents&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="52"/>
        <location filename="../pages/drafting_page.py" line="140"/>
        <source>Đang kiểm tra máy tính trước khi mở nơi soạn thảo…</source>
        <translation>Checking the computer before opening the drafting workspace…</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="59"/>
        <source>Kiểm tra lại máy</source>
        <translation>Check the computer again</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="71"/>
        <source>Dự thảo đang soạn</source>
        <translation>Drafts in progress</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="75"/>
        <source>Dự thảo mới (Ctrl+N)</source>
        <translation>New draft (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="84"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="85"/>
        <source>Đóng dự thảo</source>
        <translation>Close draft</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="86"/>
        <source>In với dấu độ mật…</source>
        <translation>Print with classification stamp…</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="87"/>
        <source>Hoàn thành và vào sổ đi…</source>
        <translation>Finish and enter in the outgoing register…</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="95"/>
        <source>Chọn một dự thảo trong danh sách bên trái để tiếp tục soạn, hoặc bấm «Dự thảo mới (Ctrl+N)». Dự thảo chỉ được lưu trong cơ sở dữ liệu mã hóa của sổ, không lưu ra tệp.</source>
        <translation>Choose a draft in the list on the left to continue, or press “New draft (Ctrl+N)”. Drafts are kept only in the register&apos;s encrypted database, never in a file.</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="153"/>
        <source>Máy tính đạt yêu cầu: không kết nối mạng, không có thiết bị lưu trữ chưa được phê duyệt. Được phép soạn thảo.</source>
        <translation>The computer meets the requirements: no network connection, no unapproved storage device. Drafting is allowed.</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="163"/>
        <source>Chưa kiểm tra được máy tính nên chưa mở nơi soạn thảo. </source>
        <translation>The computer could not be checked, so the drafting workspace stays closed. </translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="167"/>
        <source>Máy tính chưa đạt yêu cầu để soạn thảo bí mật nhà nước. Khắc phục các điểm sau rồi bấm &quot;Kiểm tra lại máy&quot;:</source>
        <translation>The computer does not meet the requirements for drafting state secrets. Fix the following, then press &quot;Check the computer again&quot;:</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="230"/>
        <source>Đã lưu vào cơ sở dữ liệu mã hóa.</source>
        <translation>Saved in the encrypted database.</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="272"/>
        <source>Nơi soạn thảo đã đóng vì máy tính vừa thay đổi trạng thái: {reason} Dự thảo đã được lưu vào cơ sở dữ liệu mã hóa. Khắc phục rồi bấm &quot;Kiểm tra lại máy&quot;.</source>
        <translation>The drafting workspace closed because the computer&apos;s state changed: {reason} The draft was saved in the encrypted database. Fix it, then press &quot;Check the computer again&quot;.</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="290"/>
        <source> (căn cứ: {basis})</source>
        <translation> (basis: {basis})</translation>
    </message>
    <message>
        <location filename="../pages/drafting_page.py" line="330"/>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../errors.py" line="40"/>
        <source>Tài khoản «{username}» (vai trò: {role_name}) không được phép {action_name}. Không có gì được ghi; nếu việc này cần làm, hãy nhờ người có thẩm quyền.</source>
        <translation>The account «{username}» (role: {role_name}) is not allowed to {action_name}. Nothing was saved; if this needs doing, ask someone with the authority.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="42"/>
        <source>Không xác định được vai trò của người thực hiện; không có gì được ghi.</source>
        <translation>The role of the person acting could not be determined; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="43"/>
        <source>Thao tác «{action}» chưa có trong bảng phân quyền; không có gì được ghi.</source>
        <translation>The action «{action}» is not in the table of roles; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="44"/>
        <source>Không ai được tự sửa vai trò, quyền người đứng đầu hoặc quyền đăng nhập của chính mình.</source>
        <translation>Nobody may change their own role, head-of-agency status or login permission.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="47"/>
        <source>Không có người dùng «{username}» trong sổ.</source>
        <translation>There is no user «{username}» in the register.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="48"/>
        <source>Người này đã thôi việc hoặc không còn hoạt động.</source>
        <translation>This person has left or is no longer active.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="49"/>
        <source>Ghi tên đăng nhập (mã cán bộ).</source>
        <translation>Enter the login name (staff code).</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="50"/>
        <source>Tên đăng nhập đã có.</source>
        <translation>This login name is already in use.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="51"/>
        <source>Ghi họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="52"/>
        <source>Vai trò không hợp lệ.</source>
        <translation>The role is not valid.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="53"/>
        <source>Chức danh thẩm quyền không có trong bảng của gói quy tắc.</source>
        <translation>The authority title is not in the rule pack&apos;s table.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="54"/>
        <source>Không sửa được: {fields}.</source>
        <translation>These cannot be changed: {fields}.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="55"/>
        <source>Chọn chuyên trách hoặc kiêm nhiệm.</source>
        <translation>Choose full-time or part-time.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="56"/>
        <source>Phân công phải bằng văn bản: ghi số quyết định phân công.</source>
        <translation>An assignment must be made in writing: enter the number of the assignment decision.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="57"/>
        <source>Loại cam kết không hợp lệ.</source>
        <translation>The kind of commitment is not valid.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="58"/>
        <source>Không thể tự thu hồi quyền đăng nhập của chính mình.</source>
        <translation>You cannot withdraw your own login.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="59"/>
        <source>«{username}» không có quyền đăng nhập.</source>
        <translation>«{username}» has no login.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="60"/>
        <source>Mật khẩu phải có ít nhất {min} ký tự.</source>
        <translation>The password must have at least {min} characters.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="61"/>
        <source>Mật khẩu không đúng (hoặc tên đăng nhập không có quyền mở sổ này). Hãy kiểm tra phím Caps Lock và bộ gõ tiếng Việt rồi thử lại.</source>
        <translation>Wrong password (or this login name may not open this register). Check Caps Lock and the Vietnamese input method, then try again.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="63"/>
        <source>Đã nhập sai mật khẩu nhiều lần. Vui lòng chờ {minutes} phút {seconds} giây rồi thử lại; các lần nhập sai đã được ghi lại và sẽ đưa vào nhật ký kiểm toán.</source>
        <translation>Too many wrong passwords. Please wait {minutes} min {seconds} s and try again; the failed attempts were recorded and will go into the audit log.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="66"/>
        <source>Đã nhập sai mật khẩu nhiều lần. Vui lòng chờ {seconds} giây rồi thử lại; các lần nhập sai đã được ghi lại và sẽ đưa vào nhật ký kiểm toán.</source>
        <translation>Too many wrong passwords. Please wait {seconds} s and try again; the failed attempts were recorded and will go into the audit log.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="68"/>
        <source>Tệp này không phải là sổ đăng ký của Sổ Mật (thiếu hoặc hỏng tệp khóa đi kèm «.keys», hoặc đây là tệp của chương trình khác).</source>
        <translation>This file is not a Sổ Mật register (its «.keys» key file is missing or damaged, or it belongs to another program).</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="70"/>
        <source>Mã khôi phục không hợp lệ: hãy kiểm tra lại từng nhóm ký tự (có thể gõ nhầm một ký tự).</source>
        <translation>The recovery code is not valid: check each group of characters (one may have been mistyped).</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="72"/>
        <source>Mật khẩu đúng nhưng tệp sổ bị hỏng (dữ liệu không còn nguyên vẹn). Đừng ghi đè tệp này; hãy khôi phục từ bản sao lưu gần nhất và báo cán bộ bảo vệ BMNN.</source>
        <translation>The password is right but the register file is damaged (its data is no longer intact). Do not overwrite this file; restore the latest backup and tell the state-secrets protection officer.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="74"/>
        <source>Tệp sổ này được tạo hoặc nâng cấp bởi phiên bản Sổ Mật mới hơn phiên bản đang dùng. Hãy cài phiên bản mới hơn; không mở bằng phiên bản cũ để tránh hỏng dữ liệu.</source>
        <translation>This register file was created or upgraded by a newer version of Sổ Mật than the one in use. Install the newer version; do not open it with an old one, to avoid damaging the data.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="77"/>
        <source>Tệp này không phải là bản sao lưu Sổ Mật hợp lệ.</source>
        <translation>This file is not a valid Sổ Mật backup.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="78"/>
        <source>Không tìm thấy tệp sao lưu «{name}».</source>
        <translation>The backup file «{name}» was not found.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="95"/>
        <source>Ổ đĩa chứa tệp sổ đã đầy nên việc vừa làm chưa được ghi; dữ liệu đã ghi trước đó vẫn nguyên vẹn. Hãy giải phóng chỗ trống trên ổ đĩa rồi làm lại.</source>
        <translation>The disk holding the register is full, so what you just did was not saved; data saved earlier is intact. Free some space on the disk and do it again.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="97"/>
        <source>Không đọc hoặc ghi được tệp sổ trên ổ đĩa (lỗi vào/ra: ổ đĩa hỏng, bị rút ra hoặc mất kết nối). Việc vừa làm chưa được ghi. Hãy kiểm tra ổ đĩa, sao lưu sổ rồi mở lại chương trình.</source>
        <translation>The register file could not be read or written on the disk (an I/O error: the disk is failing, was removed or lost its connection). What you just did was not saved. Check the disk, back up the register and open the program again.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="100"/>
        <source>Tệp sổ đang bị một chương trình khác giữ (cơ sở dữ liệu bị khóa) nên việc vừa làm chưa được ghi. Hãy đóng chương trình đó rồi làm lại.</source>
        <translation>Another program is holding the register file (the database is locked), so what you just did was not saved. Close that program and do it again.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="102"/>
        <source>Không mở được tệp sổ trên ổ đĩa (tệp hoặc thư mục đã bị xóa, đổi tên, hoặc ổ đĩa không còn gắn). Việc vừa làm chưa được ghi.</source>
        <translation>The register file could not be opened on the disk (the file or its folder was deleted or renamed, or the disk is no longer mounted). What you just did was not saved.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="104"/>
        <source>Tệp sổ hoặc ổ đĩa chứa nó đang ở chế độ chỉ đọc nên việc vừa làm chưa được ghi. Hãy kiểm tra quyền ghi của tệp sổ và thư mục chứa nó.</source>
        <translation>The register file or its disk is read-only, so what you just did was not saved. Check that the register file and its folder can be written.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="106"/>
        <source>Việc vừa làm đã được ghi vào sổ, nhưng không ghi được tệp khóa «.keys» bên cạnh (ổ đĩa đầy, chỉ đọc hoặc lỗi) nên bản lưu đầu chuỗi nhật ký kiểm toán chưa được cập nhật. Hãy kiểm tra ổ đĩa rồi làm tiếp.</source>
        <translation>What you just did was saved in the register, but the «.keys» key file beside it could not be written (the disk is full, read-only or failing), so the copy of the audit chain head was not updated. Check the disk, then carry on.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="109"/>
        <source>Không ghi được tệp của sổ trên ổ đĩa ({reason}). Hãy kiểm tra chỗ trống và quyền ghi của thư mục chứa sổ rồi làm lại.</source>
        <translation>A file of the register could not be written on the disk ({reason}). Check the free space and write permission of the register&apos;s folder, then do it again.</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="35"/>
        <source>văn thư</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="36"/>
        <source>cán bộ bảo mật</source>
        <translation>security officer</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="37"/>
        <source>lãnh đạo</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="38"/>
        <source>quản trị</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="39"/>
        <source>người đứng đầu cơ quan</source>
        <translation>head of the agency</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="40"/>
        <source>hệ thống</source>
        <translation>the system</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="48"/>
        <source>ghi văn bản mật vào sổ</source>
        <translation>enter classified documents in the register</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="49"/>
        <source>sửa dòng sổ đã ghi</source>
        <translation>edit an entry already in the register</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="50"/>
        <source>hủy dòng sổ ghi nhầm</source>
        <translation>cancel an entry made by mistake</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="51"/>
        <source>mở quyển sổ mới hoặc khóa sổ cuối năm</source>
        <translation>open a new register volume or close the year</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="52"/>
        <source>nhập sổ từ tệp Excel</source>
        <translation>import a register from an Excel file</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="54"/>
        <source>ghi sổ sao, chụp tài liệu mật</source>
        <translation>record copies of classified documents</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="55"/>
        <source>ghi cung cấp, chuyển giao, thu hồi tài liệu mật</source>
        <translation>record classified documents provided, transferred or recalled</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="56"/>
        <source>ghi gia hạn, điều chỉnh độ mật, giải mật</source>
        <translation>record extensions, classification changes and declassifications</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="57"/>
        <source>ghi người giữ hoặc mang tài liệu mật ra khỏi nơi lưu giữ</source>
        <translation>record who holds a classified document or takes it out of storage</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="58"/>
        <source>ghi hồ sơ tiêu hủy tài liệu mật</source>
        <translation>record the destruction of classified documents</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="59"/>
        <source>ghi bàn giao tài liệu mật của một cán bộ</source>
        <translation>record the handover of a staff member&apos;s classified documents</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="60"/>
        <source>soạn thảo văn bản</source>
        <translation>draft documents</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="62"/>
        <source>sửa danh mục bí mật nhà nước</source>
        <translation>edit the list of state secrets</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="63"/>
        <source>báo cáo sự cố lộ, mất bí mật nhà nước</source>
        <translation>report a leak or loss of state secrets</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="64"/>
        <source>cập nhật sự cố hoặc ghi kết quả tự kiểm tra</source>
        <translation>update an incident or record a self-inspection</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="65"/>
        <source>ghi phân công cán bộ hoặc cam kết bảo vệ bí mật nhà nước</source>
        <translation>record staff assignments or secrecy commitments</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="66"/>
        <source>soạn báo cáo công tác bảo vệ bí mật nhà nước</source>
        <translation>write the report on protecting state secrets</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="53"/>
        <source>xuất sổ ra tệp Excel mã hóa</source>
        <translation>export a register to an encrypted Excel file</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="67"/>
        <source>xuất báo cáo năm ra ổ USB</source>
        <translation>export the annual report to a USB drive</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="69"/>
        <source>đăng ký, sửa hoặc thôi dùng máy tính</source>
        <translation>register, edit or retire a computer</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="70"/>
        <source>duyệt hoặc thu hồi ổ USB được phép dùng</source>
        <translation>approve or withdraw an approved USB drive</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="71"/>
        <source>ghi kết quả tự kiểm tra máy</source>
        <translation>record the machine&apos;s self-check</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="73"/>
        <source>thêm hoặc sửa thông tin, vai trò của người dùng</source>
        <translation>add users or change their details or role</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="74"/>
        <source>chỉ định người đứng đầu cơ quan</source>
        <translation>name the head of the agency</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="75"/>
        <source>cấp quyền đăng nhập</source>
        <translation>grant a login</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="76"/>
        <source>thu hồi quyền đăng nhập</source>
        <translation>withdraw a login</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="77"/>
        <source>đặt lại mật khẩu của người khác mà không cần mật khẩu cũ</source>
        <translation>reset someone else&apos;s password without the old one</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="78"/>
        <source>đổi mật khẩu của chính mình</source>
        <translation>change their own password</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="79"/>
        <source>đổi mật khẩu của người khác</source>
        <translation>change someone else&apos;s password</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="80"/>
        <source>đổi khóa mã hóa của sổ hoặc cấp mã khôi phục mới</source>
        <translation>re-key the register or issue a new recovery code</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="81"/>
        <source>sao lưu sổ</source>
        <translation>back up the register</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="82"/>
        <source>khôi phục sổ từ bản sao lưu (thay sổ đang dùng)</source>
        <translation>restore the register from a backup (replacing the one in use)</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="83"/>
        <source>thay đổi cài đặt của sổ</source>
        <translation>change the register&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../services/role_table.py" line="84"/>
        <source>nạp dữ liệu mẫu</source>
        <translation>load demonstration data</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="80"/>
        <source>CẢNH BÁO: nhật ký kiểm toán trong sổ không khớp với đầu chuỗi lưu bên cạnh sổ (lần ghi cuối: {stored_count} bản ghi; nay: {count}). Sổ hoặc nhật ký có thể đã bị sửa, cắt bớt hoặc thay bằng bản cũ ngoài chương trình. Cảnh báo này đã được ghi vào nhật ký; hãy báo ngay cán bộ bảo vệ BMNN và kiểm tra bằng «somat audit verify» với đầu chuỗi in trên giấy.</source>
        <translation>WARNING: the audit log in the register does not match the chain head kept beside the register (last write: {stored_count} entries; now: {count}). The register or its log may have been edited, cut short or replaced by an older copy outside the program. This warning has been written into the log; tell the state-secrets protection officer at once and check with «somat audit verify» against a chain head printed on paper.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="85"/>
        <source>CẢNH BÁO: vai trò của «{username}» trong sổ đã bị sửa ngoài chương trình; chương trình dùng vai trò theo chứng thư do người quản trị ký. Cảnh báo này đã được ghi vào nhật ký; hãy báo cán bộ bảo vệ BMNN.</source>
        <translation>WARNING: the role of «{username}» in the register was changed outside the program; the program uses the role in the certificate signed by the administrator. This warning has been written into the log; tell the state-secrets protection officer.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="88"/>
        <source>CẢNH BÁO: bộ đếm các lần nhập sai mật khẩu bên cạnh sổ đã bị quay về trạng thái cũ (có người đã xóa dấu vết các lần thử mật khẩu). Cảnh báo này đã được ghi vào nhật ký; hãy báo cán bộ bảo vệ BMNN.</source>
        <translation>WARNING: the counter of wrong password attempts beside the register was set back to an earlier state (someone erased the traces of password guesses). This warning has been written into the log; tell the state-secrets protection officer.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="91"/>
        <source>Tài khoản «{username}» không có chứng thư khóa ký hợp lệ do người quản trị cấp, hoặc khóa trong tệp khóa không khớp chứng thư (tệp khóa có thể đã bị tráo). Không mở sổ bằng tài khoản này; hãy báo cán bộ bảo vệ BMNN.</source>
        <translation>The account «{username}» has no valid signing-key certificate issued by an administrator, or the key in the key file does not match its certificate (the key file may have been swapped). The register is not opened with this account; tell the state-secrets protection officer.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../dialogs/export_dialog.py" line="23"/>
        <source>chưa được phê duyệt</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="55"/>
        <source>Thư mục trên ổ USB: {path}</source>
        <translation>Folder on the USB drive: {path}</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="72"/>
        <source>Xuất báo cáo năm {year} ra USB an toàn</source>
        <translation>Export the {year} annual report to a secure USB drive</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="75"/>
        <source>Báo cáo được mã hóa AES-256 bằng mật khẩu xuất dữ liệu và ghi kèm gói số liệu có chữ ký của cơ quan. Chỉ ghi được ra ổ USB an toàn có trong danh sách phê duyệt; việc xuất được ghi vào nhật ký.</source>
        <translation>The report is encrypted with AES-256 using the export password and written with the agency&apos;s signed figures package. Only an approved secure USB drive can receive it; the export is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="83"/>
        <source>Tìm lại ổ USB</source>
        <translation>Look for USB drives again</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="90"/>
        <source>ít nhất {n} ký tự</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="101"/>
        <source>Xuất ra ổ đã chọn</source>
        <translation>Export to the chosen drive</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="103"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="109"/>
        <source>Ổ USB đang cắm và đã gắn:</source>
        <translation>USB drives plugged in and mounted:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="115"/>
        <source>Mật khẩu xuất dữ liệu:</source>
        <translation>Export password:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="116"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="133"/>
        <source>Đang tìm ổ USB…</source>
        <translation>Looking for USB drives…</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="156"/>
        <source>Không có ổ USB an toàn đã phê duyệt nào đang cắm. Ổ chưa được phê duyệt không nhận được dữ liệu xuất.</source>
        <translation>No approved secure USB drive is plugged in. An unapproved drive cannot receive exported data.</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="159"/>
        <source>Chưa thấy ổ USB nào đã gắn (mount). Cắm USB an toàn được phê duyệt, chờ hệ thống gắn ổ rồi bấm «Tìm lại ổ USB».</source>
        <translation>No mounted USB drive found. Plug in an approved secure USB drive, wait for the system to mount it, then press “Look for USB drives again”.</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="164"/>
        <source>Không đọc được danh sách ổ USB: {error}</source>
        <translation>Could not read the list of USB drives: {error}</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="185"/>
        <source>Chọn ổ USB an toàn để ghi báo cáo.</source>
        <translation>Choose the secure USB drive to write the report to.</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="188"/>
        <source>Mật khẩu xuất dữ liệu phải có ít nhất {n} ký tự.</source>
        <translation>The export password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="192"/>
        <source>Hai lần nhập mật khẩu không khớp nhau. Nhập lại cả hai ô.</source>
        <translation>The two passwords differ. Type both again.</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="211"/>
        <source>Đang mã hóa và ghi báo cáo ra USB an toàn…</source>
        <translation>Encrypting and writing the report to the secure USB drive…</translation>
    </message>
    <message>
        <location filename="../dialogs/export_dialog.py" line="217"/>
        <source>Đã xuất báo cáo. Các tệp đã ghi (mã SHA-256 đã đọc lại để đối chiếu):

</source>
        <translation>The report was exported. Files written (SHA-256 read back for comparison):

</translation>
    </message>
</context>
<context>
    <name>field_form</name>
    <message>
        <location filename="../dialogs/field_form.py" line="26"/>
        <source>Ngày không hợp lệ; ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2026.</source>
        <translation>Invalid date; write it as day/month/year, for example 05/03/2026.</translation>
    </message>
    <message>
        <location filename="../dialogs/field_form.py" line="32"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
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
        <location filename="../recovery_page.py" line="21"/>
        <source>Mã khôi phục — chỉ hiện một lần</source>
        <translation>Recovery code — shown only once</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="22"/>
        <source>Mã này mở được sổ khi mọi mật khẩu bị quên. In hoặc chép tay, niêm phong và giao người đứng đầu cơ quan cất giữ như tài liệu mật. Chương trình không lưu mã này.</source>
        <translation>This code opens the register when every password is forgotten. Print it or copy it by hand, seal it and give it to the head of the agency to keep as a classified document. The program does not store this code.</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="32"/>
        <source>In mã khôi phục…</source>
        <translation>Print recovery code…</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="42"/>
        <source>Tôi đã in hoặc chép mã khôi phục và cất ở nơi an toàn.</source>
        <translation>I have printed or copied the recovery code and stored it in a safe place.</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="66"/>
        <source>Dấu vân tay khóa gốc (in cùng mã, để kiểm tra nhật ký kiểm toán): {fingerprint}</source>
        <translation>Root key fingerprint (print it with the code, to verify the audit log): {fingerprint}</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="68"/>
        <source>Để chắc chắn mã đã được ghi lại đúng, hãy nhìn vào bản đã in hoặc chép tay và gõ lại nhóm thứ 3 và nhóm thứ 7 của mã (cách nhau bằng dấu cách):</source>
        <translation>To make sure the code was written down correctly, look at the printed or handwritten copy and type groups 3 and 7 of the code (separated by a space):</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="94"/>
        <source>&lt;h2&gt;Sổ Mật — mã khôi phục&lt;/h2&gt;&lt;p&gt;Cơ quan: {agency}&lt;/p&gt;&lt;p&gt;Tệp sổ: {path}&lt;/p&gt;&lt;h1 style=&apos;font-family:monospace&apos;&gt;{code}&lt;/h1&gt;&lt;p&gt;Ngày tạo: {day}&lt;/p&gt;&lt;p&gt;Cất giữ như tài liệu mật. Chỉ người đứng đầu cơ quan được sử dụng.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sổ Mật — recovery code&lt;/h2&gt;&lt;p&gt;Agency: {agency}&lt;/p&gt;&lt;p&gt;Register file: {path}&lt;/p&gt;&lt;h1 style=&apos;font-family:monospace&apos;&gt;{code}&lt;/h1&gt;&lt;p&gt;Created on: {day}&lt;/p&gt;&lt;p&gt;Keep as a classified document. Only the head of the agency may use it.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="98"/>
        <source>&lt;p&gt;Dấu vân tay khóa gốc (để kiểm tra nhật ký kiểm toán bằng «somat audit verify --root-key»):&lt;/p&gt;&lt;p style=&apos;font-family:monospace&apos;&gt;{fingerprint}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Root key fingerprint (to verify the audit log with «somat audit verify --root-key»):&lt;/p&gt;&lt;p style=&apos;font-family:monospace&apos;&gt;{fingerprint}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="116"/>
        <source>Đang gửi tới máy in…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="120"/>
        <source>Đã gửi mã khôi phục tới máy in «{queue}». Lấy bản in ngay.</source>
        <translation>The recovery code was sent to the printer «{queue}». Collect the printout now.</translation>
    </message>
    <message>
        <location filename="../recovery_page.py" line="127"/>
        <source>Có thể chép tay mã khôi phục.</source>
        <translation>You can copy the recovery code by hand.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="151"/>
        <source>Máy tính này</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="152"/>
        <source>Máy soạn thảo BMNN phải được kiểm tra và dán tem an toàn an ninh thông tin. Có thể bổ sung sau ở trang «Máy tính &amp; USB».</source>
        <translation>A computer used to draft state secrets must be inspected and carry an information-security seal. This can be added later on the “Computers &amp; USB” page.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="156"/>
        <source>Số in trên tem</source>
        <translation>Number printed on the seal</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="161"/>
        <source>Ví dụ: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao</source>
        <translation>For example: Cyber Security and High-Tech Crime Prevention Division</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="163"/>
        <source>(không đọc được)</source>
        <translation>(could not be read)</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="166"/>
        <source>Tên máy:</source>
        <translation>Computer name:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="167"/>
        <source>Số tem an toàn:</source>
        <translation>Security seal number:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="168"/>
        <source>Ngày kiểm tra:</source>
        <translation>Inspection date:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="169"/>
        <source>Đơn vị kiểm tra:</source>
        <translation>Inspected by:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="170"/>
        <source>Vị trí đặt máy:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="171"/>
        <source>Mã định danh máy:</source>
        <translation>Machine ID:</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="186"/>
        <source>USB an toàn được phép dùng</source>
        <translation>Approved secure USB drives</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="187"/>
        <source>Cắm các USB an toàn đã được cấp, bấm «Làm mới» và đánh dấu từng chiếc. USB không có trong danh sách sẽ làm máy không đạt khi kiểm tra.</source>
        <translation>Plug in the secure USB drives that were issued, press “Refresh” and tick each one. A USB drive not on the list makes the computer fail its check.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="190"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="219"/>
        <source>Không thấy USB nào đang cắm.</source>
        <translation>No USB drive is plugged in.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="220"/>
        <source>Đang cắm {n} USB.</source>
        <translation>{n} USB drive(s) plugged in.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="223"/>
        <source>Không đọc được danh sách USB đang cắm: {e}</source>
        <translation>Could not read the list of plugged-in USB drives: {e}</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="248"/>
        <source>Sổ Mật {version} — thiết lập lần đầu</source>
        <translation>Sổ Mật {version} — first-time setup</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="252"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="253"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="254"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="255"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="275"/>
        <source>Đang tạo sổ mã hóa…</source>
        <translation>Creating the encrypted register…</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="300"/>
        <source>Có thể bổ sung sau ở trang «Máy tính &amp; USB».</source>
        <translation>This can be added later on the “Computers &amp; USB” page.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="311"/>
        <source>Đóng khi chưa xác nhận mã khôi phục?</source>
        <translation>Close without confirming the recovery code?</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="312"/>
        <source>Mã khôi phục sẽ không bao giờ hiện lại. Nếu quên mật khẩu quản trị mà không có mã này, sổ không thể mở được nữa.</source>
        <translation>The recovery code will never be shown again. If the administrator password is forgotten and this code is lost, the register can never be opened again.</translation>
    </message>
    <message>
        <location filename="../first_run_wizard.py" line="313"/>
        <source>Vẫn đóng</source>
        <translation>Close anyway</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../models/formatting.py" line="16"/>
        <source>Đang quản lý</source>
        <translation>Managed</translation>
    </message>
    <message>
        <location filename="../models/formatting.py" line="17"/>
        <source>Đã giải mật</source>
        <translation>Declassified</translation>
    </message>
    <message>
        <location filename="../models/formatting.py" line="18"/>
        <source>Đã tiêu hủy</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../models/formatting.py" line="19"/>
        <source>Đã hủy số</source>
        <translation>Number cancelled</translation>
    </message>
    <message>
        <location filename="../models/formatting.py" line="20"/>
        <source>Đã chuyển giao</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../models/formatting.py" line="23"/>
        <source>(không ghi trích yếu)</source>
        <translation>(no summary recorded)</translation>
    </message>
    <message>
        <location filename="../models/formatting.py" line="65"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../models/formatting.py" line="65"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="27"/>
        <source>Đến</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="27"/>
        <source>Đi</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="44"/>
        <source>Bàn giao BMNN của {name}</source>
        <translation>Handover of classified documents held by {name}</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="50"/>
        <source>Tài liệu BMNN đang giữ</source>
        <translation>Classified documents held</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="56"/>
        <source>Sổ</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="56"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="57"/>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="58"/>
        <source>Độ mật</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="59"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="60"/>
        <source>Nơi lưu giữ</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="70"/>
        <source>Người nhận và biên bản</source>
        <translation>Recipient and record</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="74"/>
        <source>— chọn người nhận —</source>
        <translation>— choose the recipient —</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="78"/>
        <source>Người nhận bàn giao</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="79"/>
        <source>Ngày bàn giao</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="80"/>
        <source>Giờ bàn giao (giờ:phút)</source>
        <translation>Time of handover (hh:mm)</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="84"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="85"/>
        <source>Số biên bản bàn giao</source>
        <translation>Handover record number</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="86"/>
        <source>Người chứng kiến</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="92"/>
        <source>Xác nhận bàn giao</source>
        <translation>Confirm the handover</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="98"/>
        <source>Bàn giao</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="99"/>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="100"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="101"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="113"/>
        <source>{name} đang giữ {n} tài liệu BMNN. Tất cả sẽ được bàn giao cùng lúc; không thể bàn giao một phần.</source>
        <translation>{name} holds {n} classified documents. All are handed over together; a partial handover is not possible.</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="120"/>
        <source>Chọn người nhận bàn giao.</source>
        <translation>Choose who receives the handover.</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="121"/>
        <source>Ghi ngày bàn giao.</source>
        <translation>Enter the handover date.</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="122"/>
        <source>Ghi số biên bản bàn giao.</source>
        <translation>Enter the handover record number.</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="144"/>
        <source>Toàn bộ {n} tài liệu {name} đang giữ chuyển sang {to} theo biên bản số {record}. Sổ ghi người giữ mới cho từng tài liệu; việc bàn giao được ghi vào nhật ký kiểm toán và không hoàn tác được.</source>
        <translation>All {n} documents held by {name} pass to {to} under record no. {record}. The register records the new holder of each document; the handover is written to the audit log and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../dialogs/handover_wizard.py" line="163"/>
        <source>Đang bàn giao…</source>
        <translation>Handing over…</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../help/help_dialog.py" line="17"/>
        <source>Trợ giúp Sổ Mật</source>
        <translation>Sổ Mật help</translation>
    </message>
    <message>
        <location filename="../help/help_dialog.py" line="41"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="22"/>
        <source>Sổ cũ (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Old register (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="32"/>
        <source>Chọn tệp sổ cũ để nhập</source>
        <translation>Choose the old register file to import</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="41"/>
        <source>Nhập sổ đến từ {file}</source>
        <translation>Import the incoming register from {file}</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="43"/>
        <source>Nhập sổ đi từ {file}</source>
        <translation>Import the outgoing register from {file}</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="46"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="51"/>
        <source>Cột trong tệp → cột của sổ</source>
        <translation>File column → register column</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="55"/>
        <location filename="../dialogs/import_preview_dialog.py" line="84"/>
        <source>Tên loại</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="56"/>
        <source>Tên loại và trích yếu nội dung</source>
        <translation>Document type and summary</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="58"/>
        <source>Cột trong tệp</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="59"/>
        <source>Cột của sổ</source>
        <translation>Register column</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="60"/>
        <source>(bỏ qua)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="67"/>
        <source>Lỗi theo dòng (phải sửa trong tệp rồi xem lại)</source>
        <translation>Errors by line (fix them in the file, then preview again)</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="75"/>
        <source>Các dòng sẽ được nhập</source>
        <translation>Lines to be imported</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="79"/>
        <source>Dòng</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="80"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="81"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="82"/>
        <source>Số, ký hiệu</source>
        <translation>Number, reference</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="83"/>
        <source>Cơ quan / người ký</source>
        <translation>Agency / signatory</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="85"/>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="86"/>
        <source>Độ mật</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="87"/>
        <source>Ghi chú nhập</source>
        <translation>Import note</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="88"/>
        <source>Ghi bổ sung</source>
        <translation>Late entry</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="98"/>
        <location filename="../dialogs/import_preview_dialog.py" line="147"/>
        <source>Nhập vào sổ</source>
        <translation>Import into the register</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="100"/>
        <source>Đọc lại tệp</source>
        <translation>Read the file again</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="101"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="115"/>
        <source>Đang đọc và kiểm tra tệp…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="126"/>
        <source>Tệp có {n} dòng, {bad} lỗi. Chưa nhập dòng nào; sửa các dòng lỗi trong tệp rồi bấm &quot;Đọc lại tệp&quot;.</source>
        <translation>The file has {n} lines and {bad} errors. Nothing was imported; fix the lines in the file, then press &quot;Read the file again&quot;.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="129"/>
        <source>Tệp có {n} dòng hợp lệ. Kiểm tra cách ghép cột rồi bấm &quot;Nhập vào sổ&quot;.</source>
        <translation>The file has {n} valid lines. Check how the columns match, then press &quot;Import into the register&quot;.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="132"/>
        <source>Tệp không có dòng dữ liệu nào để nhập.</source>
        <translation>The file has no data lines to import.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="148"/>
        <source>{n} dòng sẽ được ghi vào sổ và vào nhật ký kiểm toán. Dòng đã nhập không xóa được, chỉ hủy số được từng dòng.</source>
        <translation>{n} lines will be written to the register and the audit log. Imported lines cannot be deleted; only their numbers can be cancelled one by one.</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="154"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../dialogs/import_preview_dialog.py" line="157"/>
        <source>Đã nhập {n} dòng vào sổ.</source>
        <translation>{n} lines imported into the register.</translation>
    </message>
</context>
<context>
    <name>levels</name>
    <message>
        <location filename="../models/vocabulary.py" line="60"/>
        <source>Tuyệt mật</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="61"/>
        <source>Tối mật</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="62"/>
        <source>Mật</source>
        <translation>Confidential</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../lock.py" line="51"/>
        <source>Sổ Mật đã được khóa theo yêu cầu.</source>
        <translation>Sổ Mật was locked on request.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="71"/>
        <source>Sổ Mật đã tự khóa vì không có thao tác trong {minutes} phút.</source>
        <translation>Sổ Mật locked itself after {minutes} minutes without activity.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="74"/>
        <source>Sổ Mật đã khóa cùng phiên làm việc của máy tính.</source>
        <translation>Sổ Mật locked together with the computer session.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="83"/>
        <source>Sổ Mật đã khóa vì phát hiện thay đổi phần cứng: {what} Hãy rút cáp mạng, tắt Wi-Fi hoặc tháo thiết bị USB chưa được phê duyệt, rồi nhập lại mật khẩu.</source>
        <translation>Sổ Mật locked because a hardware change was detected: {what} Unplug the network cable, turn off Wi-Fi or remove the unapproved USB device, then enter your password again.</translation>
    </message>
</context>
<context>
    <name>logbook</name>
    <message>
        <location filename="../pages/copy_logbook_page.py" line="8"/>
        <source>Mỗi lần sao, chụp tài liệu BMNN là một dòng. Dòng mới được ghi từ chi tiết tài liệu (nút «Sao, chụp…»); trang này để xem và in sổ.</source>
        <translation>Each copy of a classified item is one line. New lines are recorded from the item&apos;s detail («Copy…» button); this page is for viewing and printing the book.</translation>
    </message>
    <message>
        <location filename="../pages/logbook_page.py" line="44"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../pages/logbook_page.py" line="52"/>
        <source>Xem trước và in sổ… (Ctrl+P)</source>
        <translation>Preview and print the book… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../pages/logbook_page.py" line="110"/>
        <source>{n} dòng trong năm {year}.</source>
        <translation>{n} lines in {year}.</translation>
    </message>
    <message>
        <location filename="../pages/logbook_page.py" line="134"/>
        <source>{register} năm {year}</source>
        <translation>{register}, {year}</translation>
    </message>
    <message>
        <location filename="../pages/transfer_logbook_page.py" line="8"/>
        <source>Mỗi lần cung cấp, chuyển giao tài liệu BMNN là một dòng. Dòng mới được ghi từ chi tiết tài liệu (nút «Cung cấp, chuyển giao…»); trang này để xem và in sổ.</source>
        <translation>Each provision or transfer of a classified item is one line. New lines are recorded from the item&apos;s detail («Provide, transfer…» button); this page is for viewing and printing the book.</translation>
    </message>
</context>
<context>
    <name>machines</name>
    <message>
        <location filename="../pages/machines_page.py" line="61"/>
        <source>Sửa thông tin máy</source>
        <translation>Edit computer details</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="61"/>
        <source>Đăng ký máy này</source>
        <translation>Register this computer</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="72"/>
        <source>Tên máy:</source>
        <translation>Computer name:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="73"/>
        <source>Số tem an toàn:</source>
        <translation>Security seal number:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="74"/>
        <source>Ngày kiểm tra:</source>
        <translation>Inspection date:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="75"/>
        <source>Đơn vị kiểm tra:</source>
        <translation>Inspected by:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="76"/>
        <source>Vị trí đặt máy:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="77"/>
        <source>Mã định danh máy:</source>
        <translation>Machine ID:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="77"/>
        <source>(không đọc được)</source>
        <translation>(could not be read)</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="79"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="80"/>
        <location filename="../pages/machines_page.py" line="115"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="96"/>
        <source>Thêm USB an toàn từ các USB đang cắm</source>
        <translation>Add secure USB drives from those plugged in</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="105"/>
        <source>Ví dụ: Quyết định cấp số 12/QĐ-BCY ngày 05/3/2025</source>
        <translation>For example: Allocation decision 12/QĐ-BCY of 05/3/2025</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="107"/>
        <source>Đánh dấu USB an toàn được cấp cho cơ quan:</source>
        <translation>Tick the secure USB drives issued to the agency:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="108"/>
        <source>Không thấy USB nào đang cắm. Cắm USB an toàn rồi mở lại hộp thoại này.</source>
        <translation>No USB drive is plugged in. Plug in the secure USB drive and open this dialog again.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="111"/>
        <source>Quyết định cấp:</source>
        <translation>Allocation decision:</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="114"/>
        <source>Thêm vào danh sách</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="137"/>
        <source>Tên máy</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="137"/>
        <source>Số tem</source>
        <translation>Seal number</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="137"/>
        <source>Ngày kiểm tra</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="137"/>
        <source>Đơn vị kiểm tra</source>
        <translation>Inspected by</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="138"/>
        <source>Mã định danh</source>
        <translation>Machine ID</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="138"/>
        <source>Vị trí</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="138"/>
        <location filename="../pages/machines_page.py" line="150"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="140"/>
        <source>Đăng ký máy này…</source>
        <translation>Register this computer…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="142"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="149"/>
        <source>Hãng</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="149"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="149"/>
        <source>Mã hãng:sản phẩm</source>
        <translation>Vendor:product ID</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="149"/>
        <source>Số sê-ri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="150"/>
        <source>Người giữ</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="150"/>
        <source>Quyết định cấp</source>
        <translation>Allocation decision</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="152"/>
        <source>Thêm từ USB đang cắm…</source>
        <translation>Add from plugged-in USB…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="154"/>
        <source>Thu hồi…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="161"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="161"/>
        <source>Máy</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="161"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="161"/>
        <source>Vi phạm</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="161"/>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="162"/>
        <source>Mã băm bằng chứng (SHA-256)</source>
        <translation>Evidence hash (SHA-256)</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="166"/>
        <source>Máy soạn thảo</source>
        <translation>Drafting computers</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="167"/>
        <source>USB an toàn</source>
        <translation>Secure USB drives</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="168"/>
        <source>In biên bản kiểm tra…</source>
        <translation>Print the inspection record…</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="178"/>
        <source>Lịch sử kiểm tra</source>
        <translation>Check history</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="180"/>
        <source>&lt;h2&gt;Máy tính &amp;amp; USB&lt;/h2&gt;Máy soạn thảo BMNN phải được kiểm tra, dán tem an toàn; chỉ dùng USB an toàn được cấp.</source>
        <translation>&lt;h2&gt;Computers &amp;amp; USB&lt;/h2&gt;Computers used to draft state secrets must be inspected and sealed; use only the secure USB drives issued.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="205"/>
        <source>(chưa có tem)</source>
        <translation>(no seal yet)</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="207"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="207"/>
        <source>Đã thôi dùng</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="212"/>
        <source>Được phép</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="212"/>
        <source>Đã thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="222"/>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="222"/>
        <source>Không đạt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="223"/>
        <source>Tự kiểm tra</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="223"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="224"/>
        <source>Trước khi soạn thảo</source>
        <translation>Before drafting</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="237"/>
        <source>Biên bản kiểm tra máy tính</source>
        <translation>Computer inspection record</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="265"/>
        <source>Chưa chọn máy nào.</source>
        <translation>No computer selected.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="265"/>
        <source>Bấm vào một dòng trong bảng rồi bấm «Sửa…».</source>
        <translation>Click a row in the table, then press “Edit…”.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="275"/>
        <source>Không đọc được danh sách USB đang cắm: {e}</source>
        <translation>Could not read the list of plugged-in USB drives: {e}</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="294"/>
        <source>Chưa chọn USB nào.</source>
        <translation>No USB drive selected.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="294"/>
        <source>Bấm vào một dòng trong bảng rồi bấm «Thu hồi…».</source>
        <translation>Click a row in the table, then press “Revoke…”.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="296"/>
        <source>Thu hồi USB</source>
        <translation>Revoke USB drive</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="296"/>
        <source>Lý do thu hồi (ghi vào nhật ký):</source>
        <translation>Reason for revoking (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="300"/>
        <source>Cần ghi lý do thu hồi USB.</source>
        <translation>Enter the reason for revoking the USB drive.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="300"/>
        <source>Ví dụ: hỏng, mất, trả lại Ban Cơ yếu.</source>
        <translation>For example: broken, lost, returned to the Government Cipher Committee.</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="302"/>
        <source>Thu hồi USB này?</source>
        <translation>Revoke this USB drive?</translation>
    </message>
    <message>
        <location filename="../pages/machines_page.py" line="303"/>
        <source>USB sẽ không còn được phép dùng trên máy soạn thảo: nếu còn cắm, lần kiểm tra sau máy sẽ không đạt. Việc thu hồi được ghi vào nhật ký.</source>
        <translation>The USB drive will no longer be allowed on the drafting computer: if it is still plugged in, the next check will fail. The revocation is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>&lt;h1&gt;Sổ Mật đã khóa&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Sổ Mật is locked&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>Khóa sổ (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Khóa ngay: đóng sổ và ẩn mọi dữ liệu cho đến khi nhập lại mật khẩu.</source>
        <translation>Lock now: close the registry and hide all data until the password is entered again.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>&amp;Khóa ngay</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>Trợ giúp cho trang này</source>
        <translation>Help for this page</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>Hướng dẫn nhanh</source>
        <translation>Quick guide</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197"/>
        <source>&amp;Giới thiệu Sổ Mật</source>
        <translation>&amp;About Sổ Mật</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>Giới thiệu Sổ Mật</source>
        <translation>About Sổ Mật</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Sổ Mật, phiên bản {version}.
Sổ đăng ký và quản lý bí mật nhà nước trên máy soạn thảo không kết nối mạng.
Chế độ pháp lý đang áp dụng: {pack}.</source>
        <translation>Sổ Mật, version {version}.
Registers and management of state secrets on an offline drafting computer.
Legal regime in force: {pack}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>Trang này chưa có trong phiên bản này của chương trình.</source>
        <translation>This page is not part of this version of the program.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>Không mở được trang này do lỗi chương trình. Các trang khác vẫn dùng được; hãy báo cán bộ quản trị kèm tệp nhật ký.</source>
        <translation>This page could not be opened because of a program error. The other pages still work; tell the administrator and send the log file.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>đã khóa</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Đang khôi phục sổ từ bản sao lưu «{name}»…</source>
        <translation>Restoring the register from backup “{name}”…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Đã khôi phục sổ từ bản sao lưu «{name}». Nhập mật khẩu để mở sổ.</source>
        <translation>The register was restored from backup “{name}”. Enter your password to open it.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>Không khôi phục được: {e} Sổ hiện tại không bị thay đổi; nhập mật khẩu để mở lại.</source>
        <translation>Could not restore: {e} The current register was not changed; enter your password to open it again.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <source>Đang khôi phục sổ…</source>
        <translation>Restoring the register…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329"/>
        <source>Người dùng: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>Cảnh báo an ninh</source>
        <translation>Security alert</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="370"/>
        <source>Máy: chưa kiểm tra</source>
        <translation>Computer: not checked</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372"/>
        <source>Máy: đạt, có cảnh báo</source>
        <translation>Computer: passed, with warnings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <source>Máy: đạt yêu cầu</source>
        <translation>Computer: compliant</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="378"/>
        <source>Máy: KHÔNG đạt — {n} vi phạm</source>
        <translation>Computer: NOT compliant — {n} violation(s)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../widgets/messages.py" line="45"/>
        <source>Có, tiếp tục</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="46"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="67"/>
        <source>Đã xảy ra lỗi ngoài dự kiến trong chương trình. Dữ liệu đã ghi trước đó không bị ảnh hưởng. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ quản trị kèm tệp nhật ký chương trình.</source>
        <translation>An unexpected error occurred in the program. Data written earlier is not affected. Try again; if the error persists, tell the administrator and send the program log file.</translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="77"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../widgets/messages.py" line="81"/>
        <location filename="../widgets/messages.py" line="96"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../main_window.py" line="28"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="29"/>
        <source>Sổ đăng ký đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="30"/>
        <source>Sổ đăng ký đi</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="31"/>
        <source>Sổ sao, chụp</source>
        <translation>Copy register</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="32"/>
        <source>Sổ chuyển giao</source>
        <translation>Transfer register</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="34"/>
        <source>Soạn thảo</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="35"/>
        <source>Danh mục BMNN</source>
        <translation>Secrets catalogue</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="36"/>
        <source>Cán bộ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="37"/>
        <source>Tiêu hủy</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="38"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="39"/>
        <source>Máy tính &amp; USB</source>
        <translation>Computers &amp; USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="40"/>
        <source>Nhật ký</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="41"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="34"/>
        <source>Xem trước khi in — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="39"/>
        <source>{title}: {n} trang.</source>
        <translation>{title}: {n} pages.</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="40"/>
        <source>Đang dựng trang xem trước…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="51"/>
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="53"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="61"/>
        <source>Máy này chưa có bộ hiển thị PDF (pypdfium2) nên không xem trước được; vẫn in được. Hãy cài đủ bộ cài đặt Sổ Mật.</source>
        <translation>This computer has no PDF renderer (pypdfium2), so there is no preview; printing still works. Install the complete Sổ Mật package.</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="80"/>
        <source>Trang {i}/{n}</source>
        <translation>Page {i}/{n}</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="101"/>
        <source>Đang gửi tới máy in «{queue}»…</source>
        <translation>Sending to the printer «{queue}»…</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="103"/>
        <source>Đang gửi tới máy in…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="110"/>
        <source>Đã gửi tới máy in «{queue}» (lệnh in {job}).</source>
        <translation>Sent to the printer «{queue}» (job {job}).</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="122"/>
        <source>Kiểm tra máy in rồi in lại.</source>
        <translation>Check the printer and print again.</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="140"/>
        <source>Đang dựng bản in…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="154"/>
        <source>{register} năm {year}</source>
        <translation>{register}, {year}</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="175"/>
        <source>Dấu cho {reference}</source>
        <translation>Stamps for {reference}</translation>
    </message>
    <message>
        <location filename="../dialogs/print_preview_dialog.py" line="175"/>
        <source>tài liệu</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="38"/>
        <location filename="../dialogs/print_options_dialog.py" line="60"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="44"/>
        <source>Tất cả {n} trang</source>
        <translation>All {n} pages</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="46"/>
        <source>Các trang:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="49"/>
        <source>ví dụ 1-3,5</source>
        <translation>e.g. 1-3,5</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="51"/>
        <source>Đang tìm máy in…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="55"/>
        <source>Máy in:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="56"/>
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="64"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="83"/>
        <source>Máy này chưa có máy in nào trong dịch vụ in (CUPS). Nhờ cán bộ quản trị cài máy in rồi mở lại hộp thoại này.</source>
        <translation>This computer has no printer in its print service (CUPS). Ask the administrator to install a printer, then open this dialog again.</translation>
    </message>
    <message>
        <location filename="../dialogs/print_options_dialog.py" line="106"/>
        <source>Khoảng trang không hợp lệ: ghi số trang từ 1 đến {n}, ví dụ 1-3,5.</source>
        <translation>Invalid page range: enter page numbers from 1 to {n}, e.g. 1-3,5.</translation>
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
    <name>register_columns</name>
    <message>
        <location filename="../models/vocabulary.py" line="21"/>
        <source>Số thứ tự</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="22"/>
        <source>Số, ký hiệu</source>
        <translation>Number, reference</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="23"/>
        <source>Ngày tháng</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="24"/>
        <source>Tên loại và trích yếu nội dung</source>
        <translation>Document type and summary</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="25"/>
        <source>Độ mật</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="26"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="27"/>
        <source>Nơi nhận và ký nhận</source>
        <translation>Recipients and receipt</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="28"/>
        <source>Đơn vị lưu</source>
        <translation>Filing unit</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="29"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="30"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="31"/>
        <source>Ngày đến</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="32"/>
        <source>Số đến</source>
        <translation>Incoming number</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="33"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="34"/>
        <source>Đơn vị và ký nhận</source>
        <translation>Unit and receipt</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="35"/>
        <source>Ngày sao, chụp</source>
        <translation>Date copied</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="36"/>
        <source>Tên loại, số, ký hiệu, trích yếu tài liệu</source>
        <translation>Document type, number, reference, summary</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="37"/>
        <source>Hình thức sao, chụp</source>
        <translation>Form of copy</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="38"/>
        <source>Số lượng bản</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="39"/>
        <source>Bản sao số</source>
        <translation>Copy numbers</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="40"/>
        <source>Người cho phép</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="41"/>
        <source>Người sao, chụp</source>
        <translation>Copied by</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="42"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="43"/>
        <source>Ghi chú (hủy bản hỏng)</source>
        <translation>Notes (spoiled copies destroyed)</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="44"/>
        <source>Ngày chuyển giao</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="45"/>
        <source>Cung cấp / chuyển giao</source>
        <translation>Provision / transfer</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="46"/>
        <source>Cơ quan, tổ chức, cá nhân nhận</source>
        <translation>Receiving agency, organisation or person</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="47"/>
        <source>Văn bản đề nghị</source>
        <translation>Request letter</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="48"/>
        <source>Hạn thu hồi</source>
        <translation>Recall deadline</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="49"/>
        <source>Ký nhận</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>register_titles</name>
    <message>
        <location filename="../models/vocabulary.py" line="53"/>
        <source>SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI</source>
        <translation>OUTGOING STATE SECRETS REGISTER</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="54"/>
        <source>SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN</source>
        <translation>INCOMING STATE SECRETS REGISTER</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="55"/>
        <source>SỔ QUẢN LÝ SAO, CHỤP BÍ MẬT NHÀ NƯỚC</source>
        <translation>STATE SECRETS COPIES REGISTER</translation>
    </message>
    <message>
        <location filename="../models/vocabulary.py" line="56"/>
        <source>SỔ CHUYỂN GIAO BÍ MẬT NHÀ NƯỚC</source>
        <translation>STATE SECRETS TRANSFERS REGISTER</translation>
    </message>
</context>
<context>
    <name>registers</name>
    <message>
        <location filename="../models/document_table_model.py" line="82"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="51"/>
        <source>Tìm theo số, ký hiệu, cơ quan, người ký, trích yếu… (không cần dấu)</source>
        <translation>Search by number, reference, agency, signatory, summary… (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="56"/>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="58"/>
        <source>Năm của sổ (số thứ tự bắt đầu lại mỗi năm)</source>
        <translation>Register year (numbering restarts every year)</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="60"/>
        <source>Mọi độ mật</source>
        <translation>All classifications</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="64"/>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="69"/>
        <source>từ ngày</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="72"/>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="78"/>
        <source>chứa chữ… (không cần dấu)</source>
        <translation>contains… (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="79"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="79"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="82"/>
        <source>Vào sổ (Ctrl+N)</source>
        <translation>New entry (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="83"/>
        <source>Chi tiết và xử lý (Enter)</source>
        <translation>Details and actions (Enter)</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="84"/>
        <source>In sổ… (Ctrl+P)</source>
        <translation>Print register… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="85"/>
        <source>Nhập từ Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="86"/>
        <source>Xuất Excel mã hóa…</source>
        <translation>Export encrypted Excel…</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="91"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="96"/>
        <source>Ngày đến:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="96"/>
        <source>Ngày tháng:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="101"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing agency:</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="102"/>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../pages/registers_page.py" line="214"/>
        <source>{n} dòng</source>
        <translation>{n} lines</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../pages/reports_page.py" line="20"/>
        <source>(a) Tình hình công tác bảo vệ bí mật nhà nước</source>
        <translation>(a) State of the protection of state secrets</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="21"/>
        <source>(b) Kết quả; ưu điểm, hạn chế, nguyên nhân; bài học kinh nghiệm</source>
        <translation>(b) Results; strengths, shortcomings, causes; lessons learned</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="22"/>
        <source>(c) Lộ, mất bí mật nhà nước: nguyên nhân, việc xử lý</source>
        <translation>(c) Disclosure or loss of state secrets: causes, handling</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="23"/>
        <source>(d) Dự báo tình hình; phương hướng, kiến nghị</source>
        <translation>(d) Outlook; direction, recommendations</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="38"/>
        <source>Tài liệu đến — {level}</source>
        <translation>Incoming documents — {level}</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="40"/>
        <source>Tài liệu đi — {level}</source>
        <translation>Outgoing documents — {level}</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="42"/>
        <source>Lượt sao, chụp</source>
        <translation>Copying occasions</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="43"/>
        <source>Số bản sao, chụp</source>
        <translation>Copies made</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="44"/>
        <source>Cung cấp, chuyển giao</source>
        <translation>Provisions, transfers</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="45"/>
        <source>  trong đó cho nước ngoài</source>
        <translation>  of which to foreign parties</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="46"/>
        <source>Gia hạn</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="47"/>
        <source>Điều chỉnh độ mật</source>
        <translation>Change the classification</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="48"/>
        <source>Giải mật</source>
        <translation>Declassify</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="49"/>
        <source>  trong đó tự động</source>
        <translation>  of which automatic</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="50"/>
        <source>Tài liệu đã tiêu hủy</source>
        <translation>Documents destroyed</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="51"/>
        <source>Vụ lộ, mất</source>
        <translation>Disclosures, losses</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="52"/>
        <source>Tự kiểm tra</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="53"/>
        <source>Cán bộ chuyên trách</source>
        <translation>Full-time staff</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="54"/>
        <source>Cán bộ kiêm nhiệm</source>
        <translation>Part-time staff</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="67"/>
        <source>&lt;h2&gt;Báo cáo công tác bảo vệ bí mật nhà nước&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Report on the protection of state secrets&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="69"/>
        <source>Năm báo cáo:</source>
        <translation>Report year:</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="79"/>
        <source>Nội dung báo cáo (cán bộ bảo mật soạn)</source>
        <translation>Report text (written by the security officer)</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="90"/>
        <source>Số liệu thống kê của kỳ báo cáo</source>
        <translation>Statistics of the report period</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="92"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="93"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="106"/>
        <source>Tài liệu đến và đi</source>
        <translation>Incoming and outgoing documents</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="112"/>
        <source>Lưu nội dung (Ctrl+S)</source>
        <translation>Save text (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="114"/>
        <source>Xem trước và in báo cáo…</source>
        <translation>Preview and print the report…</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="115"/>
        <source>In thống kê…</source>
        <translation>Print statistics…</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="117"/>
        <source>In mẫu dấu…</source>
        <translation>Print marks sheet…</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="119"/>
        <source>Bảng mẫu các con dấu độ mật, thời hạn, giải mật… theo chế độ pháp lý đang áp dụng.</source>
        <translation>Sheet of the classification, period, declassification… marks of the legal regime in force.</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="121"/>
        <source>Xuất ra USB an toàn…</source>
        <translation>Export to a secure USB drive…</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="122"/>
        <source>Ghi báo cáo (mã hóa) và gói số liệu có chữ ký ra ổ USB an toàn đã phê duyệt.</source>
        <translation>Write the report (encrypted) and the signed figures package to an approved secure USB drive.</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="142"/>
        <source>Kỳ báo cáo: {start} – {end}; hạn gửi {due}.</source>
        <translation>Report period: {start} – {end}; due {due}.</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="151"/>
        <source>Đến</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="152"/>
        <source>Đi</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="153"/>
        <source>Sao, chụp</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="154"/>
        <source>Tiêu hủy</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="169"/>
        <source>Đã lưu nội dung báo cáo.</source>
        <translation>The report text was saved.</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="189"/>
        <source>Báo cáo năm {year}</source>
        <translation>Annual report {year}</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="196"/>
        <source>Thống kê BMNN năm {year}</source>
        <translation>State secrets statistics {year}</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="204"/>
        <source>Mẫu dấu</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../pages/reports_page.py" line="213"/>
        <source>Đã xuất báo cáo năm {year} ra {path}.</source>
        <translation>The {year} annual report was exported to {path}.</translation>
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
        <location filename="../pages/settings_page.py" line="29"/>
        <source>nay</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="50"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="63"/>
        <source>Chế độ pháp lý (gói quy tắc)</source>
        <translation>Legal regime (rule pack)</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="72"/>
        <source>Các chế độ có trong chương trình (hồ sơ cũ giữ chế độ lúc lập):</source>
        <translation>Regimes in the program (older records keep the regime in force when they were made):</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="77"/>
        <source>Khóa tự động và ngôn ngữ</source>
        <translation>Automatic lock and language</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="81"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="82"/>
        <location filename="../pages/settings_page.py" line="153"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="88"/>
        <source>Tự khóa khi không thao tác sau:</source>
        <translation>Lock automatically after no activity for:</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="94"/>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="103"/>
        <source>Hiển thị</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="108"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="110"/>
        <source>Cỡ chữ:</source>
        <translation>Font size:</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="116"/>
        <source>Màu giao diện:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="117"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="128"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="130"/>
        <source>Bản sao lưu được mã hóa như sổ gốc; giữ 10 bản gần nhất. Thư mục: {path}</source>
        <translation>Backups are encrypted like the register itself; the 10 most recent are kept. Folder: {path}</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="136"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="138"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="151"/>
        <source>không nhắc</source>
        <translation>never remind</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="152"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="157"/>
        <source>Nhắc sao lưu trên trang Tổng quan khi bản gần nhất cũ hơn:</source>
        <translation>Remind on the Overview page when the latest backup is older than:</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="170"/>
        <source>&lt;h2&gt;Cài đặt&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="198"/>
        <source>Đã lưu: nhắc khi bản sao lưu cũ hơn {n} ngày.</source>
        <translation>Saved: remind when the backup is older than {n} days.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="199"/>
        <source>Đã lưu: không nhắc sao lưu.</source>
        <translation>Saved: no backup reminder.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="210"/>
        <source>&lt;b&gt;Đang áp dụng: {name}&lt;/b&gt;&lt;br&gt;Hiệu lực từ {start} đến {end}.&lt;br&gt;Căn cứ:&lt;ul&gt;{texts}&lt;/ul&gt;{basis}</source>
        <translation>&lt;b&gt;In force: {name}&lt;/b&gt;&lt;br&gt;Effective from {start} to {end}.&lt;br&gt;Legal basis:&lt;ul&gt;{texts}&lt;/ul&gt;{basis}</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="227"/>
        <source>Đã lưu: tự khóa sau {n} phút không thao tác.</source>
        <translation>Saved: locks after {n} minutes without activity.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="239"/>
        <source>Đã áp dụng: chữ cỡ {n} pt, {theme}.</source>
        <translation>Applied: {n} pt text, {theme}.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="244"/>
        <source>Ngôn ngữ mới được áp dụng từ lần mở chương trình sau.</source>
        <translation>The new language applies the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="258"/>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="266"/>
        <source>Đang sao lưu sổ…</source>
        <translation>Backing up the register…</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="270"/>
        <source>Đã sao lưu vào {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="277"/>
        <source>Kiểm tra chỗ trống trên đĩa rồi thử lại.</source>
        <translation>Check the free disk space and try again.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="284"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="289"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="289"/>
        <source>Mật khẩu của {user} (để mở bản sao lưu):</source>
        <translation>Password of {user} (to open the backup):</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="293"/>
        <source>Khôi phục sổ từ bản sao lưu?</source>
        <translation>Restore the register from a backup?</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="294"/>
        <source>Sổ hiện tại sẽ được thay bằng bản sao lưu «{name}». Mọi thay đổi ghi sau thời điểm sao lưu sẽ mất (sổ hiện tại vẫn được sao lưu trước khi thay). Chương trình sẽ khóa và cần nhập lại mật khẩu.</source>
        <translation>The current register will be replaced by backup “{name}”. Every change recorded after that backup will be lost (the current register is backed up first). The program will lock and ask for the password again.</translation>
    </message>
    <message>
        <location filename="../pages/settings_page.py" line="297"/>
        <source>Có, khôi phục</source>
        <translation>Yes, restore</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../pages/staff_page.py" line="35"/>
        <source>Chưa ký</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="35"/>
        <source>Đã ký</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="47"/>
        <source>Sổ đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="47"/>
        <source>Sổ đi</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="48"/>
        <source>{book} số {number}/{year} — {reference} — {level}</source>
        <translation>{book} no. {number}/{year} — {reference} — {level}</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="49"/>
        <source>không số</source>
        <translation>no number</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="70"/>
        <source>&lt;h2&gt;Nhân sự bảo vệ bí mật nhà nước&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;State secrets staff&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="72"/>
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="73"/>
        <source>Phân công…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="74"/>
        <source>Ghi cam kết…</source>
        <translation>Record undertaking…</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="75"/>
        <source>Bàn giao khi thôi nhiệm vụ…</source>
        <translation>Handover on leaving…</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="81"/>
        <location filename="../pages/staff_page.py" line="150"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="81"/>
        <location filename="../pages/staff_page.py" line="154"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="82"/>
        <source>Thẩm quyền</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="83"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="84"/>
        <source>Phân công</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="84"/>
        <source>Cam kết</source>
        <translation>Undertaking</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="85"/>
        <source>Đang giữ</source>
        <translation>Holding</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="86"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="87"/>
        <source>Đang công tác</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="87"/>
        <source>Đã thôi</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="91"/>
        <location filename="../pages/staff_page.py" line="121"/>
        <source>Chọn một người để xem tài liệu BMNN người đó đang giữ.</source>
        <translation>Choose a person to see the classified items they hold.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="124"/>
        <source>{name} đang giữ {n} tài liệu BMNN:</source>
        <translation>{name} holds {n} classified items:</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="126"/>
        <source>{name} không giữ tài liệu BMNN nào.</source>
        <translation>{name} holds no classified items.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="142"/>
        <source>— không có thẩm quyền cho phép sao, chụp —</source>
        <translation>— no authority to allow copying —</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="146"/>
        <source>Thêm người quản lý, sử dụng BMNN</source>
        <translation>Add a person who manages or uses state secrets</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="147"/>
        <source>Người mới xuất hiện trong danh sách chọn người giữ, người cho phép sao, chụp.</source>
        <translation>The new person appears in the lists of holders and of people who may allow copying.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="151"/>
        <source>Ghi họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="152"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="153"/>
        <source>Ghi tên đăng nhập (không dấu).</source>
        <translation>Enter the user name (without diacritics).</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="155"/>
        <source>Thẩm quyền theo quy định</source>
        <translation>Authority under the regulations</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="156"/>
        <source>Vai trò trong chương trình</source>
        <translation>Role in the program</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="157"/>
        <source>Người đứng đầu cơ quan</source>
        <translation>Head of the agency</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="158"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="163"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="166"/>
        <source>Phân công {name}</source>
        <translation>Assign {name}</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="167"/>
        <source>Ghi quyết định phân công {name} làm nhiệm vụ bảo vệ BMNN.</source>
        <translation>Record the decision assigning {name} to protect state secrets.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="170"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="171"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="172"/>
        <source>Ghi số quyết định phân công.</source>
        <translation>Enter the number of the assignment decision.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="173"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="174"/>
        <source>Ghi ngày quyết định.</source>
        <translation>Enter the decision date.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="175"/>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="176"/>
        <source>Nhiệm vụ</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="181"/>
        <source>Ghi phân công</source>
        <translation>Record the assignment</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="183"/>
        <source>Cam kết bảo vệ BMNN — {name}</source>
        <translation>Secrecy undertaking — {name}</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="184"/>
        <source>Ghi cam kết bảo vệ bí mật nhà nước. Chỉ ghi là đã ký khi có người xác nhận đã thấy bản giấy có chữ ký hoặc có số hiệu bản quét; nếu không, ghi là chưa ký.</source>
        <translation>Record a commitment to protect state secrets. Record it as signed only when someone confirms they saw the signed paper or a scan reference exists; otherwise record it as not signed.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="187"/>
        <source>Loại cam kết</source>
        <translation>Kind of undertaking</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="188"/>
        <source>Ngày ký</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="189"/>
        <source>Ghi ngày ký.</source>
        <translation>Enter the signing date.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="190"/>
        <source>Người xác nhận đã có bản ký</source>
        <translation>Confirmed the signed paper</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="191"/>
        <source>Số hiệu bản quét</source>
        <translation>Scan reference</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="192"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="198"/>
        <source>Ghi cam kết</source>
        <translation>Record the undertaking</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="203"/>
        <source>Chọn một người trong danh sách trước.</source>
        <translation>Select a person in the list first.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="216"/>
        <source>Bản cam kết bảo vệ bí mật nhà nước</source>
        <translation>Commitment to protect state secrets</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="224"/>
        <source>Chọn người bàn giao trong danh sách trước.</source>
        <translation>Select the person handing over in the list first.</translation>
    </message>
    <message>
        <location filename="../pages/staff_page.py" line="240"/>
        <source>Biên bản bàn giao BMNN</source>
        <translation>Classified documents handover record</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../theme.py" line="10"/>
        <source>Tiêu chuẩn</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../theme.py" line="11"/>
        <source>Tương phản cao (chữ trắng trên nền đen)</source>
        <translation>High contrast (white on black)</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../unlock_dialog.py" line="30"/>
        <source>Chọn đúng tệp sổ của cơ quan (đuôi .somat) bằng nút «Chọn tệp khác…».</source>
        <translation>Choose the agency&apos;s register file (ending in .somat) with the “Choose another file…” button.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="38"/>
        <source>{m} phút {s} giây</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="40"/>
        <source>{m} phút</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="41"/>
        <source>{s} giây</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="75"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="78"/>
        <source>Quên mật khẩu? Mở bằng mã khôi phục</source>
        <translation>Forgot your password? Open with the recovery code</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="99"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="100"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="131"/>
        <source>SỔ MẪU — chỉ có dữ liệu minh họa. Tên đăng nhập: {user} — Mật khẩu: {password}</source>
        <translation>SAMPLE REGISTRY — demonstration data only. Login: {user} — Password: {password}</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="135"/>
        <source>SỔ MẪU — đã có dữ liệu nhập thêm nên mật khẩu mẫu không còn được hiện ở đây.</source>
        <translation>SAMPLE REGISTRY — data has been added, so the sample password is no longer shown here.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="155"/>
        <source>Đã nhập sai {n} lần liên tiếp.</source>
        <translation>Wrong password {n} times in a row.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="157"/>
        <source>Phải chờ hết thời gian đếm ngược rồi mới thử lại được.</source>
        <translation>Wait until the countdown ends before trying again.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="159"/>
        <source>Còn {k} lần thử; sau đó mỗi lần sai phải chờ, lâu dần (lần đầu {wait}).</source>
        <translation>{k} tries left; after that each wrong password means a growing wait (first {wait}).</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="162"/>
        <source>Lần sai tiếp theo phải chờ {wait} mới được thử lại.</source>
        <translation>After the next wrong password you must wait {wait} before trying again.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="183"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="186"/>
        <location filename="../unlock_dialog.py" line="200"/>
        <source>Không tìm thấy tệp sổ.</source>
        <translation>The register file was not found.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="186"/>
        <location filename="../unlock_dialog.py" line="200"/>
        <source>Chọn tệp sổ bằng nút «Chọn tệp khác…».</source>
        <translation>Choose the register file with the “Choose another file…” button.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="193"/>
        <source>Đang kiểm tra mật khẩu…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="261"/>
        <source>Có thể thử lại sau {s} giây.</source>
        <translation>You can try again in {s} seconds.</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="284"/>
        <source>Mở Sổ Mật {version}</source>
        <translation>Open Sổ Mật {version}</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="290"/>
        <source>&lt;h2&gt;Sổ Mật&lt;/h2&gt;Sổ đăng ký và quản lý bí mật nhà nước</source>
        <translation>&lt;h2&gt;Sổ Mật&lt;/h2&gt;Registers and management of state secrets</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="293"/>
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="298"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="317"/>
        <source>(chưa chọn tệp)</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="318"/>
        <source>Tệp sổ: {path}</source>
        <translation>Register file: {path}</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="322"/>
        <source>Chọn tệp sổ</source>
        <translation>Choose the register file</translation>
    </message>
    <message>
        <location filename="../unlock_dialog.py" line="323"/>
        <source>Sổ Mật (*.somat);;Mọi tệp (*)</source>
        <translation>Sổ Mật (*.somat);;All files (*)</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../widgets/unsaved.py" line="34"/>
        <source>Bỏ những gì đã nhập?</source>
        <translation>Discard what you entered?</translation>
    </message>
    <message>
        <location filename="../widgets/unsaved.py" line="35"/>
        <source>Biểu mẫu chưa được ghi. Nếu đóng bây giờ, mọi thông tin vừa nhập sẽ mất.</source>
        <translation>The form has not been saved. If you close it now, everything you entered is lost.</translation>
    </message>
    <message>
        <location filename="../widgets/unsaved.py" line="36"/>
        <source>Bỏ, đóng biểu mẫu</source>
        <translation>Discard and close</translation>
    </message>
    <message>
        <location filename="../widgets/unsaved.py" line="36"/>
        <source>Tiếp tục nhập</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>watermark</name>
    <message>
        <location filename="../widgets/watermark.py" line="14"/>
        <source>SỔ MẪU</source>
        <translation>SAMPLE</translation>
    </message>
</context>
<context>
    <name>xlsx_export</name>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="21"/>
        <source>Xuất sổ ra Excel (mã hóa)</source>
        <translation>Export the register to Excel (encrypted)</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="22"/>
        <source>Các dòng đang hiện trong sổ (theo bộ lọc) được ghi vào một tệp Excel mã hóa AES-256; chỉ mở được bằng mật khẩu dưới đây. Trích yếu tài liệu Tuyệt mật không bao giờ được ghi ra.</source>
        <translation>The lines the register shows (with its filters) are written to an AES-256 encrypted Excel file that opens only with the password below. A Tuyệt mật summary is never written.</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="34"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="40"/>
        <source>Mật khẩu tệp:</source>
        <translation>File password:</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="41"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="42"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="47"/>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="58"/>
        <source>Lưu tệp Excel mã hóa</source>
        <translation>Save the encrypted Excel file</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="59"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="65"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="69"/>
        <source>Chọn một thư mục có sẵn để lưu tệp.</source>
        <translation>Choose an existing folder for the file.</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="79"/>
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../dialogs/xlsx_export_dialog.py" line="83"/>
        <source>Đã xuất {n} dòng vào tệp mã hóa (SHA-256 {sha}).</source>
        <translation>Exported {n} lines to the encrypted file (SHA-256 {sha}).</translation>
    </message>
</context>
</TS>
